#!/usr/bin/python3
"""Fills translations/invitedesk_es.ts (every entry) and the plural forms of
translations/invitedesk_en.ts after `cmake --build build --target invitedesk_ui_lupdate`.
Prints the source texts it has no Spanish for (and exits 1) so none slips through."""
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from es_strings import ES, ES_BY_CONTEXT  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..')


def english_plural(src):
    one = src.replace('(s)', '')
    many = src.replace('(s)', 's')
    # irregulars the sources use
    one = one.replace('%n were', '%n was').replace('%Ln were', '%Ln was')
    return [one, many]


def fill(path, language):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().findall('context'):
        cname = ctx.find('name').text.split('::')[-1]
        for m in ctx.findall('message'):
            src = m.find('source').text or ''
            tr = m.find('translation')
            if tr is None:
                tr = ET.SubElement(m, 'translation')
            numerus = m.get('numerus') == 'yes'
            if tr.get('type') == 'obsolete' or tr.get('type') == 'vanished':
                continue
            if language == 'en':
                if not numerus:
                    continue
                forms = english_plural(src)
            else:
                value = ES_BY_CONTEXT.get((cname, src), ES.get(src))
                if value is None:
                    missing.append(f'{cname}: {src!r}')
                    continue
                forms = value
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if numerus:
                if isinstance(forms, str):
                    forms = [forms, forms]
                for f in forms:
                    e = ET.SubElement(tr, 'numerusform')
                    e.text = f
            else:
                tr.text = forms if isinstance(forms, str) else forms[-1]
            if 'type' in tr.attrib:
                del tr.attrib['type']
    tree.write(path, encoding='utf-8', xml_declaration=True)
    # Keep the DOCTYPE lupdate writes.
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if '<!DOCTYPE TS>' not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    return missing


missing = fill(os.path.join(ROOT, 'invitedesk_es.ts'), 'es')
fill(os.path.join(ROOT, 'invitedesk_en.ts'), 'en')
for m in missing:
    print('no Spanish for', m)
sys.exit(1 if missing else 0)
