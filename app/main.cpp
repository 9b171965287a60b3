#include "app/cli/CommandLine.h"
#include "core/config/LocalTimeZone.h"

int main(int argc, char* argv[])
{
    invitedesk::local_time_zone::keepLoaded();
    return invitedesk::cli::run(argc, argv);
}
