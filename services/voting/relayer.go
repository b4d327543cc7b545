package voting

import (
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Relayer is M-Voting's part of the relayer: citizens cast their ballots through the
// forwarder without gas; there is no back-office intake.
func Relayer() plugin.Plugin {
	return plugin.AllowOnly{Service: "voting", Allow: map[string][]string{deploy.MVoting: {"castOpen", "castSecret"}}}
}
