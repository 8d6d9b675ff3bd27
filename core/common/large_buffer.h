#pragma once

#include <QByteArray>

namespace pp {

// Reserves room for `size` bytes in `buffer`, which is about to be filled, and asks the
// kernel to back a buffer of megabytes with huge pages. Filled 4 KB page by page, a 17 MB
// evidence.cbor took some 4,000 page faults, and under a hypervisor each costs several
// microseconds: a third of the time the verifier spent inflating the document before its
// checks could start. With 2 MB pages it takes nine. The advice is only advice: where the
// kernel declines it, the buffer is the same.
void reserveLarge(QByteArray& buffer, qsizetype size);

}  // namespace pp
