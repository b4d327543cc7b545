package labour

import (
	"testing"

	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
)

// network is the one devnet this package's command tests share.
var network cmdtest.Devnet

func TestMain(m *testing.M) { network.Main(m) }

// run runs a command line through this service's command, as the binary would.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return cmdtest.Runner{Command}.Run(t, args...)
}
