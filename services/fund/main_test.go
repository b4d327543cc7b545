package fund

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/krw"
)

// network is the one devnet this package's command tests share.
var network cmdtest.Devnet

func TestMain(m *testing.M) { network.Main(m) }

// run runs a command line through this service's command, as the binary would.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return cmdtest.Runner{Command}.Run(t, args...)
}

// mintKRW has the staff key (the devnet's bank) mint won to `to` for the bank deposit ref,
// so that each test holds the KRW it pays in whichever tests ran before it. ref must be
// unique on the devnet: the token mints each deposit once.
func mintKRW(t *testing.T, staff *txsend.Sender, to common.Address, won int64, ref string) {
	t.Helper()
	token := network.Info(t).Contracts["KRWToken"]
	if _, err := staff.Send(context.Background(), txsend.Candidate{To: &token,
		Data: cmdkit.MustPack(krw.ABI(), "mint", to, big.NewInt(won), ref)}); err != nil {
		t.Fatalf("mint %d won to %s (%s): %v", won, to.Hex(), ref, err)
	}
}
