package health

import (
	"testing"

	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
)

// network is the one devnet this package's tests share.
var network cmdtest.Devnet

func TestMain(m *testing.M) { network.Main(m) }

// run runs a command line through this service's command, as the binary would.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return cmdtest.Runner{Command}.Run(t, args...)
}

// newPatient is a citizen's key with no gas: everything the patient sends goes through the
// relayer at relayerURL.
func newPatient(t *testing.T, relayerURL string) cmdtest.Party {
	t.Helper()
	p := cmdtest.NewGaslessParty(t)
	p.Flags = append(p.Flags, "--relayer", relayerURL)
	return p
}
