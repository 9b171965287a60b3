#include "app/cli/CommandLine.h"

int main(int argc, char* argv[])
{
    return invitedesk::cli::run(argc, argv);
}
