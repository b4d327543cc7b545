package proposal

import (
	"testing"

	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/services/cred"
	"github.com/seoulchain/seoulchain/services/voting"
)

// network is the one devnet this package's command tests share.
var network cmdtest.Devnet

func TestMain(m *testing.M) { network.Main(m) }

// run runs a command line through this service's command (and M-Voting's, for its roll
// and the promoted elections; and the credentials', for residence credentials), as the
// binary would.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return cmdtest.Runner{Command, voting.Command, cred.Command}.Run(t, args...)
}
