// Package fund is the donation and consignment-fund ledgers (issue #19): restricted funds
// held in KRW by the FundLedger contract. A charity's or the city's donation campaign, whose
// donors trace their gift by its receipt reference (receipts are per fund: the same number
// in two funds is two donations, so one campaign's collector cannot take or block another's),
// and the city's consignment funds
// (민간위탁금), whose operator spends along the approved budget lines and whose unspent money
// returns to the city at the end of the term.
//
// The contract keeps the totals it enforces; everything else a donor, a charity, an operator
// or an auditor reads (the report per line, where a gift went) is rebuilt here from the
// contract's events (Books), so that any node, not only the city's, can show the books. The
// command is `seoulchain fund`; the relayer plug-in serves the public transparency routes and
// the collecting systems' authenticated donation batches.
package fund
