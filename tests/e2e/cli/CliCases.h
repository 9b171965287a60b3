#pragma once

namespace invitedesk::test {

// The data tables of the command-line test (called from its _data() slots).
void addGlobalOptionCases();
void addRefusedCases();
void addUsageCases();
void addUnreachableDatabaseCases();
void addRoundTripCases();

} // namespace invitedesk::test
