// Package proposal is the citizens' proposals service (issue #21, after "Democracy Seoul",
// 민주주의 서울): a citizen on the roll of eligible citizens (or holding a Seoul residence
// credential from the credentials service, services/cred) proposes a policy, other
// citizens support it (once each, withdrawable within the window), and thresholds oblige
// the city to answer by deadlines (a department, a public deliberation, the mayor); a
// qualified proposal becomes an M-Voting election. The thresholds, counts and deadlines
// are the CitizenProposals contract's, so the city cannot move them in a database.
//
// The package holds the command (`seoulchain propose`), the proposals' state rebuilt from
// the contract's events (Index: the command's list and the relayer's public routes read
// the same), the check that keeps personal data out of published text, and the relayer
// plug-in (gasless proposing, supporting and withdrawing; GET /v1/proposals).
package proposal
