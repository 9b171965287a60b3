#pragma once

namespace invitedesk::local_time_zone {

// Call first thing in main(). Qt calls tzset() before every local-time conversion, and glibc,
// when TZ is unset, then stats /etc/localtime again each time (tens of microseconds): reading
// a page of 200 invitations spent most of its client time there (3.5 ms against 11.7 ms a page
// at the bench's million rows). With TZ unset this names the same file, so glibc keeps what it
// read; the zone is the one the process would have used. A TZ already set is left alone, and
// other platforms have nothing to do.
void keepLoaded();

} // namespace invitedesk::local_time_zone
