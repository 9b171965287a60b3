#include "app/cli/ExportOutput.h"

#include "app/cli/CliContext.h"
#include "core/io/PrivateFiles.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace invitedesk::cli {

int writeExport(CliContext& ctx, const QString& noun,
                const std::function<Result<qint64>(QIODevice*)>& write)
{
    const QString output = ctx.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(Error::make(Error::Code::Environment,
                                        QStringLiteral("cannot write to standard output")));
        auto written = write(&out);
        out.flush();
        return written ? ExitDone : ctx.fail(written.error());
    }
    QSaveFile out(output);
    if (!PrivateFiles::openForWriting(out))
        return ctx.fail(
            Error::invalid(QStringLiteral("output"),
                           QStringLiteral("cannot write %1: %2").arg(output, out.errorString())));
    auto written = write(&out);
    if (!written)
        return ctx.fail(written.error());
    if (!PrivateFiles::commit(out))
        return ctx.fail(
            Error::make(Error::Code::Environment,
                        QStringLiteral("cannot write %1: %2").arg(output, out.errorString()),
                        QStringLiteral("output")));
    if (ctx.json())
        ctx.print(QJsonObject{{QStringLiteral("exported"), written.value()},
                              {QStringLiteral("output"), output}});
    else
        ctx.printLine(
            QStringLiteral("Exported %1 %2 to %3.").arg(written.value()).arg(noun, output));
    return ExitDone;
}

} // namespace invitedesk::cli
