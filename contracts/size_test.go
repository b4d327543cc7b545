package contracts

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/deploy"
)

// eip170Limit is EIP-170's cap on a contract's deployed code, in bytes: a creation that
// returns more fails, so a contract that grows past it cannot be deployed or upgraded.
const (
	eip170Limit = 24_576
	// sizeMargin is what every contract keeps below the cap, so that the next fix to a
	// contract is not the one that cannot be deployed.
	sizeMargin = 1024
)

// TestEveryContractKeepsEIP170Margin deploys every contract the platform deploys (and the
// council) on the simulated chain, reads each one's deployed code, immutables filled in,
// and fails when one is within sizeMargin of EIP-170's cap. Every artifacts/*.bin must be
// in the table, so that a new contract is measured too. Run with -v for every size.
func TestEveryContractKeepsEIP170Margin(t *testing.T) {
	acc := accounts(t, 1)
	book := acc[0].Deploy(deploy.All()...)
	council := acc[0].DeployCouncil(&deploy.Council{Members: []common.Address{acc[0].addr()}, Threshold: 1, DelaySeconds: 3600})

	// Each artifact's deployed code: an upgradeable contract's implementation, the proxy
	// behind any of them (CityProxy is the same code for all), the others as deployed.
	where := map[string]common.Address{deploy.CityCouncil: council}
	for _, name := range deploy.All() {
		if impl, ok := book[deploy.Impl(name)]; ok {
			where[name] = impl
			where["CityProxy"] = book[name]
		} else {
			where[name] = book[name]
		}
	}

	bins, _ := filepath.Glob("artifacts/*.bin")
	if len(bins) == 0 {
		t.Fatal("no artifacts/*.bin: run make contracts")
	}
	sort.Strings(bins)
	for _, path := range bins {
		name := strings.TrimSuffix(filepath.Base(path), ".bin")
		addr, ok := where[name]
		if !ok {
			t.Errorf("%s: %s is not deployed by internal/deploy, so its size is not measured: add it to this test's table", path, name)
			continue
		}
		code, err := acc[0].s.Backend().CodeAt(context.Background(), addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		margin := eip170Limit - len(code)
		t.Logf("%-22s %6d bytes  margin %6d", name, len(code), margin)
		switch {
		case len(code) == 0:
			t.Errorf("%s: no code at %s", name, addr)
		case margin < sizeMargin:
			t.Errorf("%s's deployed code is %d bytes, %d below EIP-170's %d: keep at least %d bytes of margin (split the contract, move code to a library, or shorten revert paths)",
				name, len(code), margin, eip170Limit, sizeMargin)
		}
	}
}
