// The layering is checkable (issue 12, item 12): every #include in core/, ui/ and app/ points
// down the layers (docs/architecture.md). A failure names file:line and the include.
#include "LayerRules.h"

#include <QTest>

using namespace invitedesk::architecture;

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void rule_data();
    void rule();
    void reportsFileLineAndInclude();
    void treeFollowsTheLayers();
};

void TestLayering::rule_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("include");
    QTest::addColumn<bool>("allowed");

    // Above core: services, domain types and Error; never storage.
    QTest::newRow("ui->storage") << "ui/DesktopController.h"
                                 << "core/storage/Database.h" << false;
    QTest::newRow("ui->migrator") << "ui/dialogs/DatabaseSettingsTab.cpp"
                                  << "core/storage/Migrator.h" << false;
    QTest::newRow("app->storage") << "app/cli/CliContext.h"
                                  << "core/storage/Database.h" << false;
    QTest::newRow("ui->CsvReader") << "ui/models/ImportPreviewModel.h"
                                   << "core/io/CsvReader.h" << false;
    QTest::newRow("ui->ImportValidator") << "ui/models/ImportErrorModel.h"
                                         << "core/services/ImportValidator.h" << false;
    QTest::newRow("ui->services") << "ui/dialogs/ImportJob.h"
                                  << "core/services/ImportService.h" << true;
    QTest::newRow("ui->domain") << "ui/models/InvitationRow.h"
                                << "core/domain/Invitation.h" << true;
    QTest::newRow("ui->Error") << "ui/widgets/FieldMessage.h"
                               << "core/Error.h" << true;
    QTest::newRow("app->ui") << "app/cli/GuiLauncher.cpp"
                             << "ui/DesktopApp.h" << true;
    QTest::newRow("app->settings") << "app/cli/CliContext.cpp"
                                   << "core/settings/AppSettings.h" << true;
    // The handler goes through AcceptanceService.
    QTest::newRow("http->storage") << "core/http/acceptance/AcceptanceServer.cpp"
                                   << "core/storage/AcceptanceRepository.h" << false;
    QTest::newRow("http->pipeline") << "core/http/acceptance/AcceptanceServer.cpp"
                                    << "core/storage/postgres/PgLookupPipeline.h" << false;
    QTest::newRow("http->services") << "core/http/acceptance/AcceptanceServer.cpp"
                                    << "core/services/AcceptanceService.h" << true;
    // io reads and writes files only.
    QTest::newRow("io->services") << "core/io/InvitationExporter.cpp"
                                  << "core/services/InvitationService.h" << false;
    QTest::newRow("io->storage") << "core/io/CsvReader.cpp"
                                 << "core/storage/ImportRepository.h" << false;
    QTest::newRow("io->domain") << "core/io/InvitationCsvColumns.h"
                                << "core/domain/Invitation.h" << true;
    // The domain sits at the bottom.
    QTest::newRow("domain->storage") << "core/domain/Invitation.h"
                                     << "core/storage/Database.h" << false;
    QTest::newRow("domain->services") << "core/domain/InvitePolicy.cpp"
                                      << "core/services/InvitationService.h" << false;
    QTest::newRow("domain->Error") << "core/domain/Invitation.h"
                                   << "core/Error.h" << true;
    QTest::newRow("Error->domain") << "core/Error.h"
                                   << "core/domain/Invitation.h" << false;
    // Storage below services; services below mail and http.
    QTest::newRow("storage->services") << "core/storage/InvitationRepository.cpp"
                                       << "core/services/InvitationService.h" << false;
    QTest::newRow("storage->settings") << "core/storage/Database.h"
                                       << "core/settings/DatabaseUrl.h" << true;
    QTest::newRow("services->storage") << "core/services/InvitationService.cpp"
                                       << "core/storage/InvitationRepository.h" << true;
    QTest::newRow("services->mail") << "core/services/InvitationService.cpp"
                                    << "core/mail/OutboxDispatcher.h" << false;
    QTest::newRow("services->http") << "core/services/AcceptanceService.cpp"
                                    << "core/http/server/HttpResponses.h" << false;
    QTest::newRow("mail->storage") << "core/mail/OutboxDispatcher.h"
                                   << "core/storage/OutboxDeliveryRepository.h" << true;
    QTest::newRow("mail->http") << "core/mail/OutboxDispatcher.cpp"
                                << "core/http/server/HttpResponses.h" << false;
    QTest::newRow("settings->storage") << "core/settings/SecretStore.cpp"
                                       << "core/storage/Database.h" << false;
    QTest::newRow("settings->services") << "core/settings/AppSettings.cpp"
                                        << "core/services/ServiceConfig.h" << false;
    QTest::newRow("config->services") << "core/config/RunConfig.cpp"
                                      << "core/services/ServiceConfig.h" << true;
    QTest::newRow("config->storage") << "core/config/RunConfig.cpp"
                                     << "core/storage/Database.h" << false;
    // core never sees the desk or the command line.
    QTest::newRow("core->ui") << "core/services/ImportService.cpp"
                              << "ui/session/Session.h" << false;
    QTest::newRow("core->app") << "core/http/acceptance/AcceptanceServer.cpp"
                               << "app/cli/CliContext.h" << false;
    // Third-party and same-folder headers belong to no layer.
    QTest::newRow("third party") << "core/settings/KeychainSecretStore.cpp"
                                 << "qtkeychain/keychain.h" << true;
}

void TestLayering::rule()
{
    QFETCH(QString, file);
    QFETCH(QString, include);
    QFETCH(bool, allowed);
    const QString reason = LayerRules::check(file, include);
    QVERIFY2(reason.isEmpty() == allowed, qPrintable(file + " -> " + include + ": " + reason));
}

void TestLayering::reportsFileLineAndInclude()
{
    const QString text =
        QStringLiteral("#pragma once\n\n#include \"core/services/X.h\"\n"
                       "#include <QString>\n  #  include \"core/storage/Database.h\"\n");
    const auto found = LayerRules::scan(QStringLiteral("ui/Foo.h"), text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).file, QStringLiteral("ui/Foo.h"));
    QCOMPARE(found.at(0).line, 5);
    QCOMPARE(found.at(0).include, QStringLiteral("core/storage/Database.h"));
    QVERIFY(found.at(0).describe().startsWith(
        QStringLiteral("ui/Foo.h:5: #include \"core/storage/Database.h\": ")));
}

void TestLayering::treeFollowsTheLayers()
{
    const QString root = qEnvironmentVariable("INVITEDESK_SOURCE_DIR");
    QVERIFY2(!root.isEmpty(), "INVITEDESK_SOURCE_DIR names the source tree (set by CTest)");
    int files = 0;
    const auto found = LayerRules::scanTree(root, &files);
    QVERIFY2(files > 100,
             qPrintable(QStringLiteral("only %1 files found under %2").arg(files).arg(root)));
    // One line each (QVERIFY2 cuts long messages).
    for (const auto& v : found)
        qWarning().noquote() << v.describe();
    QVERIFY2(
        found.isEmpty(),
        qPrintable(
            QStringLiteral("%1 includes against the layers (listed above)").arg(found.size())));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "test_layering.moc"
