#!/usr/bin/env python3
"""Writes resources/core/security/common-passwords.txt: well-known weak passwords, one per line,
lower-case, sorted. The list is built from the base words below (passwords that top every public
breach ranking) combined with the endings, keyboard walks and repetitions people add to reach a
length rule. Run it again after editing the words; the output is deterministic."""

import pathlib
import string

BASE = """
password passw0rd p@ssword p@ssw0rd pass passwd secret letmein welcome welcome1 admin
administrator root login master hello qwerty qwertyuiop asdfgh asdfghjkl zxcvbn zxcvbnm
azerty iloveyou loveyou love lovely princess dragon monkey shadow sunshine football baseball
basketball soccer hockey superman batman spiderman starwars trustno1 whatever freedom
michael jennifer jessica ashley daniel charlie thomas robert jordan hunter ranger buster
tigger summer winter spring autumn flower cookie cheese chocolate computer internet google
facebook linkedin apple samsung microsoft windows changeme default guest test tester testing
user username abc abcd abcdef abc123 qazwsx qwe123 q1w2e3r4 1q2w3e4r 1qaz2wsx zaq12wsx
mustang harley hannah maggie ginger pepper killer hacker access matrix silver golden
diamond orange banana purple yellow blue red green black white secure security company
office doctor nurse medical health healthcare hospital clinic patient insurance verify
invite invitation account manager sales distributor pharmacy shipping logistics
america liberty yankees cowboys eagles lakers chelsea arsenal liverpool barcelona
madrid jesus god angel heaven forever family friends mother father sister brother
baby babygirl lucky happy smile sunflower butterfly rainbow unicorn tiger lion
""".split()

SPANISH = """
contrasena contraseña clave secreto hola holamundo amor teamo tequiero bienvenido
bienvenida mexico espana españa colombia argentina futbol madrid barcelona princesa
""".split()

ENDINGS = ["", "1", "12", "123", "1234", "12345", "123456", "12345678", "123456789", "!",
           "1!", "123!", "@123", "01", "2023", "2024", "2025", "2026", "2024!", "2025!"]
SHORT_ENDINGS = ["", "1", "123", "!"]

KEYBOARD = ["qwertyuiop", "qwertyuiop[]", "asdfghjkl", "asdfghjkl;'", "zxcvbnm", "zxcvbnm,./",
            "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "qazwsxedc", "qazwsxedcrfv", "zaq1xsw2cde3",
            "1q2w3e4r5t", "1q2w3e4r5t6y", "1q2w3e4r5t6y7u", "q1w2e3r4t5", "q1w2e3r4t5y6",
            "qwerty123456", "qwertyuiop123", "asdf1234asdf", "qweasdzxc", "qweasdzxc123",
            "1234qwerasdf", "1234qwerasdfzxcv", "qwer1234asdf", "asdfqwer1234", "poiuytrewq",
            "lkjhgfdsa", "mnbvcxz", "!qaz@wsx", "!qaz@wsx#edc", "!qaz2wsx", "1qaz@wsx",
            "qwertyqwerty", "asdfasdfasdf", "zxcvzxcvzxcv", "qwerasdfzxcv", "azertyuiop",
            "wxcvbn", "qwertz", "qwertzuiop", "123qweasdzxc", "zxcvbnm123456",
            "0987654321", "1234567890", "12345678910", "123456789012", "1234567890123",
            "01234567890", "123123123123", "123456123456", "121212121212", "112233445566",
            "111222333444", "147258369", "147258369147", "159357159357", "987654321987",
            "123321123321", "000000000000", "111111111111", "abcdefghijkl", "abcdefghijklm",
            "abcdefghijklmnop", "abcdefghijklmnopqrstuvwxyz", "abc123abc123", "abcabcabcabc",
            "a1b2c3d4e5f6", "aaaaaaaaaaaa", "passwordpassword", "password1234567",
            "iloveyouiloveyou", "letmeinletmein", "adminadminadmin", "correcthorsebatterystaple",
            "thequickbrownfox", "thequickbrownfoxjumpsoverthelazydog", "ihateyou", "iloveyou2",
            "iloveyou123", "letmein123", "letmein1234", "welcome2024", "welcome123456",
            "changeme123", "changeme1234", "changemenow", "changethis", "temppassword",
            "temporarypassword", "newpassword", "newpassword123", "mypassword", "mypassword123",
            "yourpassword", "thispassword", "password12345678", "passwordpassword123",
            "superpassword", "supersecret", "supersecretpassword", "verysecurepassword",
            "securepassword", "securepassword123", "strongpassword", "strongpassword123",
            "defaultpassword", "administrator1", "administrator123", "adminpassword",
            "rootpassword", "qwerty12345678", "qwertyuiop1234", "1qaz2wsx3edc4rfv5tgb"]

DIGIT_RUNS = ["1234567890", "0987654321", "123456789", "987654321"]


def variants(word: str):
    """Leetspeak and doubled forms of a word (the plain word gets every ending)."""
    leet = word.translate(str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"}))
    return {leet, word + word}


def main() -> None:
    out = set()
    for word in BASE + SPANISH:
        for end in ENDINGS:
            out.add((word + end).lower())
        for v in variants(word):
            for end in SHORT_ENDINGS:
                out.add((v + end).lower())
    out.update(k.lower() for k in KEYBOARD)
    # Repeated single characters and short repeated groups, lengths 8 to 20.
    for ch in string.ascii_lowercase + string.digits:
        for n in range(8, 21):
            out.add(ch * n)
    for group in ["12", "123", "1234", "abc", "ab", "qwe", "asd", "xo", "ha", "la"]:
        for n in range(8, 25):
            out.add((group * n)[:n])
    for run in DIGIT_RUNS:
        for n in range(8, len(run) + 1):
            out.add(run[:n])
    out = sorted(w for w in out if len(w) >= 6 and "\n" not in w)
    path = pathlib.Path(__file__).resolve().parent.parent / "resources/core/security/common-passwords.txt"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} passwords -> {path}")


if __name__ == "__main__":
    main()
