package escrow

import (
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Relayer is the escrow's part of the relayer: primes and payees (contractors, often small
// firms with no ether) accept contracts and propose, approve or reject change orders
// through the forwarder without gas. Money moves (fund, approve, resolve) stay the
// department's own transactions: they spend its KRW allowance, which the forwarder cannot
// give.
func Relayer() plugin.Plugin {
	return plugin.AllowOnly{Service: "escrow", Allow: map[string][]string{
		deploy.Escrow: {"accept", "proposeAmendment", "approveAmendment", "rejectAmendment"},
	}}
}
