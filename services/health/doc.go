// Package health is the citizen-led health records service (issue #22): medical records stay
// at the hospitals that made them, and the HealthConsent contract holds only what lets the
// patient decide who reads them and see who did: providers registered by the city with a
// role, the SHA-256 of each record anchored by the provider that holds it (with a category
// code; a record is its holder's, so no other provider can anchor its hash first and block
// or take it over), the patient's consents (to a provider, for categories or one record held by another
// provider, for a purpose, until an expiry; granted and revoked gasless through the relayer),
// and the access log (each read under a consent, or a break-glass emergency access with a
// reason code). No medical content, names or free text go on chain.
//
// Exchange between providers (exchange.go) is off chain and verified against the chain: the
// holder's gateway releases a record only after the chain says the asker may read it and
// the record is ready, logs the access once per signed request (a retry is served under the
// same log line; a log the node dropped is sent again unchanged, never as a second one; with
// a journal, across restarts too), and the asker checks the bytes against the anchored hash.
// The access log reads both RecordAccessed signatures: the one before records were keyed
// by their holder has none, and a proxy upgraded from it keeps those lines; the relayer's
// event feed sends those as today's event, with the holder (relayer.go).
package health
