package voting

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

// expect returns a runner of command lines on the devnet in dir that fails the test unless
// the exit code is the one given, and returns stdout and stderr together.
func expect(t *testing.T, dir string) func(code int, args ...string) string {
	return func(code int, args ...string) string {
		t.Helper()
		c, stdout, stderr := run(t, append([]string{"--devnet", dir}, args...)...)
		if c != code {
			t.Fatalf("%v: exit %d, want %d\n%s%s", args, c, code, stdout, stderr)
		}
		return stdout + stderr
	}
}
