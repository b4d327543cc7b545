package health

import (
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Relayer is the health service's part of the relayer: patients (citizens with no ether)
// grant and revoke consents and file insurance claims through the forwarder without gas.
// Providers' actions (anchoring, logging accesses, break-glass, deciding claims) stay their
// own transactions: an institution's key pays for its own records and decisions.
func Relayer() plugin.Plugin {
	return plugin.AllowOnly{Service: "health", Allow: map[string][]string{
		deploy.HealthConsent: {"grantConsent", "revokeConsent", "fileClaim"},
	}}
}
