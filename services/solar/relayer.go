package solar

import (
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Relayer is the market's part of the relayer: meter owners (households with no ether)
// post and cancel orders through the forwarder without gas. Deposits and withdrawals stay
// their own transactions: a deposit spends the owner's KRW allowance, which the forwarder
// cannot give.
func Relayer() plugin.Plugin {
	return plugin.AllowOnly{Service: "solar", Allow: map[string][]string{
		deploy.SolarMarket: {"bid", "ask", "cancel"},
	}}
}
