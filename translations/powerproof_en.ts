<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>its bytes do not hash to its stored hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names another chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not link to header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time is not after header %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its validator set is not the one header %1 announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its row does not say what its record says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at record %2/%3 is missing: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at record %2/%3 has no cause in the records: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day&apos;s summary is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day&apos;s summary is not what its records sum to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a summary of a day without records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the battery&apos;s summary is not what its records give</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Battery</name>
    <message>
        <source>no verified samples in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registered capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration gives no nominal_capacity_mah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration gives no battery_capacity_wh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registered %1 kWh over the median pack voltage, %2 V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no state-of-health values to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 state-of-health values over %2 days: a fit needs at least 8 over 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values do not fall with age or use: no fade to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fitted fade (%1 points) is within the scatter of the values (±%2): the data cannot support a projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over-temperature: up to %1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging below 0 °C: down to %1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell over-voltage: up to %1 V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell under-voltage: down to %1 V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep discharge: down to %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault flags 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle counter went back by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no charge or discharge moved the SoC by 30 points without a gap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Block header belongs to the verified chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit signed by over two thirds of the power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkle proof leads to the records root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with the device&apos;s registered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and payload decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 was tied to the tip by a history proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked by hashes from block %1 up to block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1: %2 of %3 power, signed by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaf %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 samples do not decode (MALFORMED): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>header %1 does not hash to its stored hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 does not link to header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace holds no record at block %1, index %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verified registration for device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR input of %1 bytes exceeds the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR input is empty at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing bytes after the CBOR item at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many CBOR items at byte %1 (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR simple value not allowed at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR text string has invalid UTF-8 at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR nesting deeper than %2 at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR container at byte %1 declares more items than the input holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate CBOR map key at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR map keys out of deterministic order at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR tag %2 not allowed at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR input ends early at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected CBOR break code at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indefinite-length CBOR item at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved CBOR additional information %2 at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR floating-point value not allowed at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR integer or length not in shortest form at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR string at byte %1 is longer than the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 must be [index, 64-byte signature]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validator indices must strictly increase (entry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit for height %1 is for another header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validator set given for height %1 is not the one its header names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit for height %1 has an out-of-order or unknown validator index %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit for height %1 has a bad signature by validator %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit for height %1 has %2 of %3 voting power, not more than two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrar %1 must be [name, key]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genesis registrar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genesis registrar %1 uses %2, which the %3 profile does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1 is not powerproof/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash %1 is not sha-256 or sm3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header is 214 bytes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header version %1 is not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header at height %1 follows height %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header at height %1 belongs to another chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header at height %1 does not link to the previous header&apos;s hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header at height %1 has time %2, not after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header at height %1 names a validator set its predecessor did not announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validator set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validator %1 has power 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total power reaches 2^62 at validator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validator %1 uses %2, which the %3 profile does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of [name, key, power]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 must be [name, key, power]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validator set entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: not a CBOR tag 18 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: must be an array of 4 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: the protected header must be a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: protected header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: the protected header must be exactly {1: alg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: unsupported algorithm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: the unprotected header must be exactly {4: kid} with a 16-byte kid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: the payload must be an embedded byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: the signature must be a 64-byte byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: kid %1 is not the expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE_Sign1: algorithm %1 does not match the %2 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL failed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not Ed25519, P-256 or SM2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key is encrypted: a passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase, or the encrypted key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM private key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 public key must be %2 bytes, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid %1 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be the CBOR array [alg, pub]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported key algorithm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM public key of Ed25519, P-256 or SM2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature must be 64 bytes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA signature has s &gt; n/2 (the low-S rule forbids it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signs messages, not digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs a 32-byte digest, not %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time stamping: %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validator set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the served set hashes to %1, not to %2 as header %3 announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tip at height %1 is signed by a validator set the node never announced: it omitted the validator change at height %2. Sync against another node, or add it as --witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node serves chain %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validator change at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header at the tip (height %1) hashes to %2, not to the %3 the node&apos;s status names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block 0 is not the one the genesis document defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tip at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s tip (%1) is below the verified tip (%2): it is behind; try another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new tip does not extend the verified tip at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 of a validator change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 differs from the verified tip at that height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height %1 is above the verified tip %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node served %1 headers from height %2, not the %3 below its tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored registration at height %1 index %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a type %1 record served as a registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid %1 is not a genesis registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a type %1 record of device %2 served for device %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 has no verified registration before this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 was revoked at height %2, before this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace belongs to chain %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new workspace needs the chain&apos;s --chain-id (64 hex digits): it is what you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the genesis document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s genesis document hashes to %1, not to the chain_id %2 you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fork at height %1: %2 serves a conflicting header signed by a quorum. Sync halted; the evidence is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validator set from block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verified header at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node served a record that does not verify (height %1, index %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 holds more registrations than one answer can carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tree of size %1 needs %2 frontier hashes, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tree holds no complete subtree at level %1, index %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof has %1 hashes where %2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty tree includes no leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaf index %1 is outside a tree of size %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inclusion proof for leaf %1 of %2 leads to root %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old tree size %1 is larger than new size %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old root %1 cannot precede new root %2 at these sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistency proof leads to old root %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistency proof leads to new root %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inclusion proof for index %1 in a tree of size %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consistency proof from size %1 to the smaller size %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proof must be a CBOR array of hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proof of %1 hashes is longer than any tree needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof element %1 is not a 32-byte hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node URL %1 must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcurl could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered more than %2 bytes, more than the protocol allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS failed: %2 (trust the node&apos;s CA with --ca-file, or give the client certificate the node requires with --client-cert and --client-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not [height, index, record, proof]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes are not at most %2 headers of 214 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not {1: height, 2: hash, 3: chain_id, 4: name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node has no header at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array of heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not increasing heights above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 32960 packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit 0x%2 ends early at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command 0x%2 at byte %1 is not real-time (0x02) or reissue (0x03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response flag at byte %1 is not 0xFE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted data unit (byte %1) not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data length %2 at byte %1 does not match the packet size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCC at byte %1 is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid time at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet VIN %1 is not the registered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device record&apos;s kid %1 is not its device_id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 must be an array of 10 integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta keys must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta %1 has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a type %1 record body has no key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample interval must be at least 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset class %1 is not 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys are not allowed by the %2 profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SunSpec block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale factor %1 = %2 is outside -10..10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 database has schema %2, newer than this program&apos;s %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace holds a damaged header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no chain yet: run sync with --chain-id first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no validator set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a CBOR map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an unsigned integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace holds no header for block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace holds no commit for block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last record of a page of device %1 does not parse, so the next page cannot be asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node served records out of seq order: seq %1 after seq %2 (height %3, index %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this worker has no workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace %1 is in use by another writer: %2 (process %3 on %4); wait for it to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1 beside the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not &quot;checksum path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 lists %2, which the bag does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must declare BagIt 1.0 in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;Label: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload-Oxum %1 does not match the payload (%2.%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1, index %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace holds no verified chain yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace holds no commit of its tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace lacks header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored headers do not add up to the tip&apos;s history root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace lacks the transition at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proof must be an array of hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of 4 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of 2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [height, index, record bytes, proof]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exporter&apos;s statement must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exporter&apos;s statement needs time, tool, devices, from and to, each of its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each device must be 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header c-1 must be a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [header bytes, commit]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package as built does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bag holds no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info.txt names chain &quot;%1&quot; and anchor &quot;%2&quot;, not what evidence.cbor proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genesis (key 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is of chain %1, not of the chain %2 you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor (key 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor header belongs to chain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header at the anchor&apos;s height must be the anchor, with an empty proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 is above the anchor (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transitions must be in increasing height, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new set is not the one header %1 announces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 belongs to chain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks must be in increasing height, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 is not in key 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records must be in ledger order, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1: records %2 to %3 of its sequence are not in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records lie outside the window the exporter states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an offline package cannot show that no later revocation, and no other record of the window, exists outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is not a safe relative path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a link or a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is not inside the bag&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package holds one top-level folder, not &quot;%1&quot; and &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing certificate is not a PEM certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key does not read as a PEM private key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key must be ECDSA P-256 or RSA of 3072 bits or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key does not belong to the certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not DER CMS (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted root certificate to check the signature against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is signed but holds no %1 to check the signature against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a time-stamp request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp is not a DER TimeStampResp (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted root certificate to check the time-stamp against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp does not verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp answers another request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-stamping the package at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is time-stamped but holds no %1 to check the time-stamp against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the time-stamping authority&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose where to save the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PKCS#12 file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PKCS#12 passphrase is wrong, or the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PKCS#12 file does not open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PKCS#12 key does not export (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrations (key 7): entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records (key 6): entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace was synced tip-only: it lacks the headers that prove each block against the anchor&apos;s history. Export with its node at hand (--node URL) to fetch those proofs, or sync it in full first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history proof of header %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exporter&apos;s certificate is not valid now (valid %1 to %2), but was when the time-stamp shows the package existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the exporter&apos;s certificate is not valid now (valid %1 to %2) and no time-stamp shows the package was signed while it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace holds no fork to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package proves a fork at height %1: blocks %2 and %3 each carry more than two thirds of the validators&apos; signatures; validators who signed both: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fork lacks data/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data/%1 belongs to another chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data/%1 is at height %2, above the anchor %3: the package cannot say who was in force there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two headers are at heights %1 and %2, not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two headers are the same block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares %2 bytes, more than the %3 a package may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; unpacks to more than %2 times the package&apos;s %3 bytes: a ZIP bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection closed before the answer&apos;s headers ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a PowerProof %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has schema %2, older than this program&apos;s %3: sync it (or open it in the console) once to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 is a PV system: a battery history needs a battery pack or a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1: %2 is outside %3 … %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuation parameters: not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored record %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown information unit 0x%2 at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 must be a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 104 bytes (models 101-103) or 124 (models 111-113), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 of 124 bytes is not an inverter model 111-113</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 of 104 bytes is not an inverter model 101-103</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 has length %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame key is not a SubjectPublicKeyInfo (DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable SM2 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA frame key of %1 bits: at least %2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame key must be SM2 or RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ECC signature: the 2025 edition names no curve or hash for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with algorithm %1, but the registered frame key is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r or s is longer than 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA signature does not verify with the registered frame key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes after the terminal&apos;s signature at byte %1: a signature is the last unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not start with ## (2016) or $$ (2025) at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta frame_key is not a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>The record&apos;s Merkle proof does not lead to its block&apos;s records root: the node served a record that is not in the block. It was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify with the key registered for the device at that point of the ledger. The record was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s block header could not be tied to the verified chain. The record was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified registration speaks for this device at that point of the ledger. The record was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s registration had been revoked when this record was written. The record was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of the device are missing: its sequence numbers skip. The device may have withheld data, or lost it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device used a sequence number a second time: two records claim the same place in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s time is earlier than the device&apos;s previous record: its clock went backwards or the data was back-dated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device signed this data, but physics says it cannot have measured it: energy above the rating, generation at night, a register that runs backwards, a vehicle that jumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different blocks at one height, each signed by enough validators: validators signed twice. Sync halted; the evidence is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A witness served a header that differs from the verified chain without a valid commit. The witness is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet %1 (and %2 more in this record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 (and %2 more in this record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC power %1 kW exceeds the %2 kW AC rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lifetime energy register went back from %1 to %2 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh in %2 min, more than the %3 kW AC rating allows (%4 kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW generated with the sun %2° below the horizon at the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cycle counter went back from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state of health rose from %1 % to %2 %, more than a BMS re-estimate moves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell temperatures %1 to %2 °C are outside the physical range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the odometer went back from %1 km to %2 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved %1 km in %2 s (%3 km/h), faster than a van can drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery temperature %1 °C is outside the physical range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq %1 again after seq %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq %1 follows seq %2: %3 records missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device&apos;s first record has seq %1: %2 records before it are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time %1 is before the previous record&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry, or one sample of it, does not decode as the protocol requires. An entry that does not decode was refused; a sample that does not decode is left out, and the rest of its record stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PV station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuation</name>
    <message>
        <source>no asking price given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cash flows never change sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate between −99 % and 1000 % returns the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-on-year degradation needs two years of verified data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 negative events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the time above 45 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h of charging below 0 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verified energy register values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verified samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>serves a header at height %1 that differs from the verified one without a valid commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting header at height %1 signed by a quorum; no validator is named as signing both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting header at height %1 signed by a quorum; validators who signed both: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it serves chain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at height %1, in the verified history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers with what does not verify or decode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>PowerProof console: verified operating data of PV stations, battery packs and electric vehicles, from a permissioned blockchain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync it from the node at URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A witness node to cross-check (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain id you trust (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local demo network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the demo network lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en or zh_CN, for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of each view into DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::AssetPage</name>
    <message>
        <source>All assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all assets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the power curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1°, %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemistry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power curve of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly specific yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverter state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified samples on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alarms in the verified data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package of this asset&apos;s records over the time its charts show (zoom a chart to choose), with their proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as shown in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this battery went through: cycles, depth of discharge, heat and cold, state of health and its projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this asset is worth on its verified data: cash flows, P50/P90, settlement, or second-life value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::AssetTableModel</name>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days with verified data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°, %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location / VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::AssetsView</name>
    <message>
        <source>Asset class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, owner, location, VIN or device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export assets as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assets.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the verified records of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::BatteriesView</name>
    <message>
        <source>Every battery pack and van, riskiest first. The risk score (0–100) is the sum of the parts beside it, each from verified samples only; hover a column for what it scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search battery name or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batteries by risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a battery&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ranking as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery-risk.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking every battery pack and van from its verified samples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the battery&apos;s history from its verified samples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the battery history report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 history.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the battery passport data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passport.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::BatteryFleetModel</name>
    <message>
        <source>The BMS reports a better state of health than its own currents show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100: the sum of the parts to its right (docs/battery-history.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 30 points: a BMS reporting a better SoH than its currents show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 20 points: time above 45 °C and charging below 0 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 points: over-temperature, cell voltage, deep discharge, faults, counter rollbacks a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 points: the share of cycles of 80 points or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 points: the largest charge rate, 0.5 C to 2 C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 points: the share of charge above 1 C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 points: the share of the window in data gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoH discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoH reported (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoH estimated (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::BatteryPage</name>
    <message>
        <source>All batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport data (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours before the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package of this battery&apos;s records over the window shown, with their proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: battery history under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record (block · index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified against chain %1 at block %2 (%3). Window %4 – %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No verified samples in this window.&lt;/b&gt; Nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verified sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 records; left out: %3 rejected, %4 implausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent full cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against %1 Ah (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest C-rate, charge / discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the charge above 1 C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min above 45 °C · %2 min below 0 °C (%3 charging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) with a temperature</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>State of health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported %1 · estimated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n charge/discharge segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The BMS reports a better state of health than its own currents show, since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond 50 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining life to 80 % / 70 % SoH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>fitted to %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cells not checked: no known chemistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell limits of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth of discharge (rainflow cycles by SoC range from, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time at temperature (hours by 5 °C bin from, highest cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated from its currents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection − 2 RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection + 2 RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state of health reported or estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative equivalent full cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::ChartPanel</name>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::DemoNetwork</name>
    <message>
        <source>The demo node stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating a year of the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo network failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::EvidenceExportFlow</name>
    <message>
        <source>Export evidence package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running. Wait for it, or cancel it, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the evidence package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records of %2 blocks, proven against block %3, signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records of %2 blocks, proven against block %3, unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence package written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::EvidenceView</name>
    <message>
        <source>ZIP: one top folder, safe paths, no links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag: the manifests list every file, with its checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genesis matches the chain id; the anchor block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every validator change up to the anchor, signed by the validators before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every block is in the anchor&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations signed by a registrar of genesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record is in its block and signed by its device&apos;s key in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info.txt says what the document proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exporter&apos;s signature (CMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp (RFC 3161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain id you trust (64 hex digits; from the operator or your regulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted chain id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it cannot prove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;The chain id must be 64 hex digits.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the package is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the package is not time-stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;✘ Does not verify.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b7f3b&apos;&gt;✔ Verified&lt;/b&gt; against the chain id you gave: %1 records of %2 device(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b7f3b&apos;&gt;✔ Verified&lt;/b&gt; against the chain id the package claims. &lt;b&gt;COMPARE %1 WITH A CHAIN ID YOU TRUST&lt;/b&gt; (from the operator or your regulator): a forger can make a whole chain of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2 registrations, %3 validator changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
issued by %2
root certificate SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody: the package is unsigned, so it does not show who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the package does not show when it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2 samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::ExportEvidenceDialog</name>
    <message>
        <source>Export evidence package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package that a regulator, court or claims handler verifies offline with standard tools: the records with their proofs to the chain, a report and the how-to-verify notes in English and Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every verified record of the devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim or case number, what the package is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and time-stamped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned (the package says so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate and key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the key is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fork&apos;s evidence: both conflicting blocks with their commits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::FindingTableModel</name>
    <message>
        <source>A finding this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block / index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::FindingsView</name>
    <message>
        <source>Finding code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search asset or detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findings as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package a regulator or court verifies offline: the selected incident&apos;s records with their proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::IncidentTreeModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding(s) on %2 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident / finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::LoadingPane</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::MainWindow</name>
    <message>
        <source>PowerProof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync (Esc); what was verified stays verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was opened as a file. Connect to its network from the welcome screen to sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerProof — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying records of devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarising days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced to block %1: %2 records verified, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. What was verified before stays verified; check the node&apos;s address and your connection, then sync again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node served data that does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. None of it was stored. Sync from another node you trust, and tell the network&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators signed two different blocks. The evidence is on the Network page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export evidence package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and &amp;verify evidence package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace first: a package is made of the records it verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-verify workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-verifying every stored header and record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace re-verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was changed after it was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stored items are not what their bytes prove. Sync again into a new workspace. The first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stored item is what its bytes prove: %1 headers, %2 records, %3 findings, %4 daily summaries and %5 battery summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarising batteries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::NetworkView</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch and verify what is new (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace from a network to sync it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · chain id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified tip: block %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers verified by hash links: 0 … %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers: tip only (history proofs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fork detected at block %1.&lt;/b&gt; Witness %2 holds a different block signed by enough validators. Sync is halted; the evidence (both headers and both commits) is stored in the workspace. Validators who signed both: %3. Tell the network operator and your regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not synced:&lt;/b&gt; %n device(s) lack records of part of their time (%1), left out by a sync with a time window. The next sync fetches them.</source>
        <translation>
            <numerusform>&lt;b&gt;Not synced:&lt;/b&gt; %n device lacks records of part of its time (%1), left out by a sync with a time window. The next sync fetches them.</numerusform>
            <numerusform>&lt;b&gt;Not synced:&lt;/b&gt; %n devices lack records of part of their time (%1), left out by a sync with a time window. The next sync fetches them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::ui::OverviewView</name>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily PV energy of the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery state of health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle kilometres per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PV · %2 batteries · %3 vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: bad proof, signature or encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified PV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified vehicle data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets with verified data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified battery data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs by SoH (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>without %n station-day(s) of implausible data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>without %n vehicle-day(s) of implausible data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No open incidents&lt;/b&gt;: the light node found nothing to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open incident(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical · %2 high · %3 medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Findings view</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::ui::RecordInspector</name>
    <message>
        <source>Record at block %1, index %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every check again from the stored bytes (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer, proof and block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b7f3b&apos;&gt;✔ Verified.&lt;/b&gt; Every check passed again from the bytes in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;✘ Not verified.&lt;/b&gt; A check failed: the stored record or its proof does not match the chain. Do not rely on this record; sync again from a trusted node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>COSE_Sign1, %n byte(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record: type %1, seq %2, time %3, %n sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer (kid): %1, algorithm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkle proof path (leaf %1, sibling hashes from the leaf up):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block header %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  hash             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  time             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  prev_hash        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  history_root     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  records_root     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  record_count     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  validators_hash  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  next_validators  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit of block %1, signed by: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::ValuationPage</name>
    <message>
        <source>CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate ±10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff ±10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degradation ±10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;M cost ±10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy P90 / P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash flows CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net at P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCR at P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried (MWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂ (t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This asset&apos;s own parameters, over the portfolio&apos;s. Defaults and their sources: docs/valuation.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on %1 verified records · coverage %2 · anchored at block %3 (%4…) · definitions: docs/valuation.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient data: under 30 days verified. Computed, not to be lent on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (DC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age · remaining life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years · %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CNY/kWh, set by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CNY/kWh, the coal benchmark of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out as implausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 days (haircut %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window · coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50 · P90 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ (resource, meter, coverage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kWh/kWp a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against a clear sky (horizontal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degradation, year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV at P50 · P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRR at the asking price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining LCOE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> CNY/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCR min · average at P50 / P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 green certificates (one a MWh of verified, plausible generation; %2 MWh carried into next month). CO₂ avoided: %3 t at %4 t/MWh, %5 (%6), source: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated from its currents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as its BMS reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to 80 % · 70 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross second-life value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km on %2 active days (%3 km a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kWh/100 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease cover ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a revenue per km and a lease payment to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in NPV from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input −10 % (energy: P90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input +10 % (energy: P50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand CNY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::ValuationParametersForm</name>
    <message>
        <source> CNY/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> CNY/kW·year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degradation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;M cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emission factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-life price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refurbishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::ValuationTableModel</name>
    <message>
        <source>insufficient data (under 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV: net present value of the remaining life at P50. Batteries: second-life value after haircuts (docs/valuation.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year&apos;s energy: the plausible verified energy of the latest 365 days over their coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50 × (1 − 1.2816 σ): exceeded nine years in ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest debt service cover ratio over the loan&apos;s years at P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the window that verified, plausible data covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV: the share of verified energy left out as implausible. Batteries: the haircut for negative events, heat and cold charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50 (MWh/a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 (MWh/a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min DSCR P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::ValuationView</name>
    <message>
        <source>Every asset valued on what the chain proves: PV stations by the net present value of their verified generation, batteries and vans by their second-life value. Implausible data is left out and the haircut it causes is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search asset name or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search valuations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assets valued at %2 CNY in all; PV energy a year: P50 %3, P90 %4. Anchored at block %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuing every asset from its verified data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing with the new parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuation.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuation.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuation.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash flows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the valuation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::WelcomePage</name>
    <message>
        <source>Start the demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hex digits, from the network&apos;s operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain id must be 64 hex digits: it is what you trust, so get it from the network&apos;s operator, not from the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the operating data of PV stations, battery packs and electric vehicles yourself: every record is verified on this computer against a validator-signed chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here? Start with the demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a network on this computer with 20 PV stations, 60 battery packs and 10 delivery vans and a year of their signed data (a few of the devices dishonest), runs a node for it, and verifies every record. The first start takes about three minutes; after that it opens in seconds. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, one URL a line: nodes run by others, to catch forks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS and workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your data folder, named after the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace is one file holding what this computer verified of one chain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ui::WorkspaceSession</name>
    <message>
        <source>Could not read the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not inspect the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the evidence package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the battery history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rank the batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not value the assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the valuation parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not re-verify the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
