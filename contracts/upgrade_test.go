package contracts

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/citycouncil"
	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/bindings/subcontractescrow"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// deployImpl deploys meta's bytecode with constructor args from a and returns its address.
func deployImpl(t *testing.T, a *account, meta *bind.MetaData, args ...any) common.Address {
	t.Helper()
	c, err := meta.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	packed, err := c.Pack("", args...)
	if err != nil {
		t.Fatal(err)
	}
	r, err := a.s.Send(context.Background(), txsend.Candidate{Data: append(common.FromHex(meta.Bin), packed...)})
	if err != nil {
		t.Fatalf("deploy implementation: %v", err)
	}
	return *r.ContractAddress
}

// previousImpl deploys, from a, an earlier implementation of the contract behind proxy:
// testdata/FILE (its creation code as built then, hex) with the current ABI meta's and
// constructor args. It returns it and the proxy's current implementation, for a test that
// upgrades to the old one, makes state there and upgrades back.
func previousImpl(t *testing.T, a *account, proxy common.Address, file string, meta *bind.MetaData, args ...any) (old, current common.Address) {
	t.Helper()
	bin, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	if current, err = deploy.ImplementationOf(context.Background(), a.s.Backend(), proxy); err != nil {
		t.Fatal(err)
	}
	return deployImpl(t, a, &bind.MetaData{ABI: meta.ABI, Bin: "0x" + strings.TrimSpace(string(bin))}, args...), current
}

// TestUpgradeableInitializeOnce: each proxy was initialized at its creation, and neither it
// nor its implementation can be initialized again (someone would make themselves admin).
func TestUpgradeableInitializeOnce(t *testing.T) {
	acc := accounts(t, 2)
	city, stray := acc[0], acc[1]
	book := city.Deploy(deploy.All()...)
	for _, st := range deploy.Steps() {
		if !st.Upgradeable() {
			continue
		}
		t.Run(st.Name, func(t *testing.T) {
			c, _ := st.Meta.GetAbi()
			args := st.Init(stray.addr(), book)
			for _, at := range []string{st.Name, deploy.Impl(st.Name)} {
				_, err := stray.send(book[at], c, "initialize", args...)
				reverts(t, err, "InvalidInitialization", nil)
			}
			impl, err := deploy.ImplementationOf(context.Background(), city.s.Backend(), book[st.Name])
			if err != nil || impl != book[deploy.Impl(st.Name)] {
				t.Fatalf("proxy %s points at %s (%v), the book says %s", st.Name, impl, err, book[deploy.Impl(st.Name)])
			}
			// The deployer is the proxy's admin, not the stray.
			if !city.call(book[st.Name], c, "hasRole", common.Hash{}, city.addr())[0].(bool) {
				t.Fatal("the deployer is not the admin of the proxy")
			}
		})
	}
}

// TestUpgradeRefusals: only the admin upgrades, only to a UUPS implementation, and never to
// one that would read the state with other immutables.
func TestUpgradeRefusals(t *testing.T) {
	acc := accounts(t, 2)
	city, stray := acc[0], acc[1]
	book := city.Deploy(deploy.All()...)
	sc, _ := scoin.SCoinMetaData.GetAbi()
	esc, _ := subcontractescrow.SubcontractEscrowMetaData.GetAbi()

	for _, st := range deploy.Steps() {
		if !st.Upgradeable() {
			continue
		}
		c, _ := st.Meta.GetAbi()
		t.Run(st.Name+" by a non-admin", func(t *testing.T) {
			_, err := stray.send(book[st.Name], c, "upgradeToAndCall", book[deploy.Impl(st.Name)], []byte{})
			reverts(t, err, "AccessControlUnauthorizedAccount", map[string]string{"account": stray.addr().Hex()})
		})
		t.Run(st.Name+" to a contract that is no UUPS implementation", func(t *testing.T) {
			// S-Coin, the escrow, the fund ledger, the labour contract, the solar market and
			// the resolver first check their immutables, which the forwarder lacks.
			want := map[string]string{deploy.SCoin: "SCoinUpgradeChangesPeriod", deploy.Escrow: "EscrowUpgradeChangesToken",
				deploy.CredResolver: "ResolverUpgradeChangesEAS", deploy.FundLedger: "FundUpgradeChangesToken",
				deploy.Labour: "LabourUpgradeChangesToken", deploy.SolarMarket: "SolarUpgradeChangesToken",
				deploy.MVoting: "VotingUpgradeChangesKeys"}[st.Name]
			if want == "" {
				want = "ERC1967InvalidImplementation"
			}
			_, err := city.send(book[st.Name], c, "upgradeToAndCall", book[deploy.CityForwarder], []byte{})
			reverts(t, err, want, nil)
		})
	}

	t.Run("S-Coin with other expiry periods", func(t *testing.T) {
		other := deployImpl(t, city, scoin.SCoinMetaData, big.NewInt(86400), big.NewInt(86400*365))
		_, err := city.send(book[deploy.SCoin], sc, "upgradeToAndCall", other, []byte{})
		reverts(t, err, "SCoinUpgradeChangesPeriod", map[string]string{
			"epochLength": "2592000", "newEpochLength": "86400", "newValidityPeriod": "31536000"})
	})
	t.Run("labour contract bound to another token", func(t *testing.T) {
		lab, _ := parttimelabour.PartTimeLabourMetaData.GetAbi()
		other := deployImpl(t, city, parttimelabour.PartTimeLabourMetaData, book[deploy.CityForwarder])
		_, err := city.send(book[deploy.Labour], lab, "upgradeToAndCall", other, []byte{})
		reverts(t, err, "LabourUpgradeChangesToken", map[string]string{
			"current": book[deploy.KRWToken].Hex(), "proposed": book[deploy.CityForwarder].Hex()})
	})
	t.Run("escrow bound to another token", func(t *testing.T) {
		other := deployImpl(t, city, subcontractescrow.SubcontractEscrowMetaData, book[deploy.CityForwarder])
		_, err := city.send(book[deploy.Escrow], esc, "upgradeToAndCall", other, []byte{})
		reverts(t, err, "EscrowUpgradeChangesToken", map[string]string{
			"current": book[deploy.KRWToken].Hex(), "proposed": book[deploy.CityForwarder].Hex()})
	})
	t.Run("MVoting bound to another key generation contract, then the same", func(t *testing.T) {
		mv, _ := mvoting.MVotingMetaData.GetAbi()
		other := deployImpl(t, city, mvoting.MVotingMetaData, book[deploy.CityForwarder])
		_, err := city.send(book[deploy.MVoting], mv, "upgradeToAndCall", other, []byte{})
		reverts(t, err, "VotingUpgradeChangesKeys", map[string]string{
			"keys": book[deploy.ElectionKeys].Hex(), "proposed": book[deploy.CityForwarder].Hex()})
		same, err := deploy.DeployImplementation(context.Background(), city.s, deploy.MVoting, book)
		if err != nil {
			t.Fatal(err)
		}
		city.ok(book[deploy.MVoting], mv, "upgradeToAndCall", *same.ContractAddress, []byte{})
	})
	t.Run("S-Coin with the same periods", func(t *testing.T) {
		same, err := deploy.DeployImplementation(context.Background(), city.s, deploy.SCoin, book)
		if err != nil {
			t.Fatal(err)
		}
		city.ok(book[deploy.SCoin], sc, "upgradeToAndCall", *same.ContractAddress, []byte{})
	})
}

// TestForwarderReplaceable: the admin points S-Coin and MVoting to a new forwarder; requests
// through the old one are refused from then on, and the new one's are accepted.
func TestForwarderReplaceable(t *testing.T) {
	w := newForwarderWorld(t)
	next := w.city.deployOne(deploy.CityForwarder)
	for _, c := range []struct {
		addr common.Address
		abi  *abi.ABI
	}{{w.scoinAddr, w.scABI}, {w.mvotingAddr, w.mvABI}} {
		if got := w.city.call(c.addr, c.abi, "trustedForwarder")[0].(common.Address); got != w.fwd {
			t.Fatalf("trustedForwarder = %s, want the deployed %s", got, w.fwd)
		}
		_, err := w.relayer.send(c.addr, c.abi, "setTrustedForwarder", next)
		reverts(t, err, "AccessControlUnauthorizedAccount", map[string]string{"account": w.relayer.addr().Hex()})
		r := w.city.ok(c.addr, c.abi, "setTrustedForwarder", next)
		if got := event(t, r, "TrustedForwarderSet")["forwarder"]; got != next.Hex() {
			t.Fatalf("TrustedForwarderSet(%s), want %s", got, next.Hex())
		}
	}

	err := w.execute(w.signed(w.pay(w.alice, 10, 0), w.alice.key))
	reverts(t, err, "ERC2771UntrustfulTarget", nil)

	// The same request through the new forwarder, signed for its domain.
	old := w.fwd
	w.fwd, w.dom = next, forwarder.Domain{ChainID: w.dom.ChainID, Forwarder: next}
	if err := w.execute(w.signed(w.pay(w.alice, 10, 0), w.alice.key)); err != nil {
		t.Fatalf("pay through the new forwarder: %v", err)
	}
	if got := w.scoinBalance(w.alice); got != 90 {
		t.Fatalf("alice has %d after paying 10 of 100", got)
	}
	if w.city.call(w.scoinAddr, w.scABI, "isTrustedForwarder", old)[0].(bool) {
		t.Fatal("the old forwarder is still trusted")
	}
}

// scoinState is what an upgrade must keep of S-Coin: balances, supply, programs, issuers,
// records, merchants, expiry buckets, the recovery delay and the forwarder.
type scoinState struct {
	Balances     []int64
	Supply       int64
	Programs     int64
	Program      []any
	Issuer       bool
	Recorded     []bool
	Merchant     []any
	Expiring     []any
	Delay        uint64
	Forwarder    common.Address
	Roles        []bool
	PaymentMade  bool
	MerchantSeen int64
}

// TestSCoinUpgradeThroughCouncilKeepsState: S-Coin's admin is a 2-of-2 council; an upgrade
// is proposed, approved, waits the delay and runs, and every balance, program, record and
// merchant is as it was; crediting and paying go on.
func TestSCoinUpgradeThroughCouncilKeepsState(t *testing.T) {
	w := newSCoinWorld(t)
	ctx := context.Background()
	for i, who := range []*account{w.alice, w.bob} {
		w.credit(who, int64(1000*(i+1)), uint64(i+1))
	}
	w.advance(epoch) // a second epoch bucket
	w.credit(w.alice, 500, 3)
	w.ok(w.alice, "pay", w.shop.addr(), big.NewInt(300), "ORDER-1")

	cc, _ := citycouncil.CityCouncilMetaData.GetAbi()
	council := w.city.DeployCouncil(&deploy.Council{Members: []common.Address{w.city.addr(), w.xx.addr()}, Threshold: 2, DelaySeconds: 3600})
	admin := common.Hash{}
	w.ok(w.city, "grantRole", admin, council)
	w.ok(w.city, "renounceRole", admin, w.city.addr())

	snapshot := func() scoinState {
		t.Helper()
		s := scoinState{Supply: w.supply()}
		for _, a := range []*account{w.alice, w.bob, w.shop} {
			s.Balances = append(s.Balances, w.balance(a))
		}
		s.Programs = w.city.bigCall(w.contract, w.sc, "programCount").Int64()
		s.Program = w.city.call(w.contract, w.sc, "programInfo", uint32(1))
		s.Issuer = w.city.call(w.contract, w.sc, "isIssuer", uint32(1), w.issuer.addr())[0].(bool)
		for r := uint64(1); r <= 4; r++ {
			s.Recorded = append(s.Recorded, w.city.call(w.contract, w.sc, "recordCredited", uint32(1), w.issuer.addr(), r)[0].(bool))
		}
		s.Merchant = w.city.call(w.contract, w.sc, "merchantInfo", w.shop.addr())
		s.Expiring = w.city.call(w.contract, w.sc, "expiringOf", w.alice.addr())
		s.Delay = w.city.call(w.contract, w.sc, "recoveryDelay")[0].(uint64)
		s.Forwarder = w.city.call(w.contract, w.sc, "trustedForwarder")[0].(common.Address)
		for _, role := range []common.Hash{admin, programManagerRole, merchantManagerRole} {
			s.Roles = append(s.Roles, w.city.call(w.contract, w.sc, "hasRole", role, council)[0].(bool), w.city.call(w.contract, w.sc, "hasRole", role, w.city.addr())[0].(bool))
		}
		s.PaymentMade = w.city.call(w.contract, w.sc, "paymentMade", w.alice.addr(), "ORDER-1")[0].(bool)
		s.MerchantSeen = w.city.bigCall(w.contract, w.sc, "merchantCount").Int64()
		return s
	}
	before := snapshot()
	if before.Balances[0] != 1200 || !before.Issuer || !before.Recorded[2] || before.Recorded[3] {
		t.Fatalf("unexpected state before the upgrade: %+v", before)
	}

	book := deploy.Addresses{deploy.CityForwarder: before.Forwarder}
	next, err := deploy.DeployImplementation(ctx, w.city.s, deploy.SCoin, book)
	if err != nil {
		t.Fatal(err)
	}
	newImpl := *next.ContractAddress
	call, err := deploy.UpgradeCall(deploy.SCoin, newImpl)
	if err != nil {
		t.Fatal(err)
	}

	// The former admin can no longer upgrade by itself.
	err = w.send(w.city, "upgradeToAndCall", newImpl, []byte{})
	reverts(t, err, "AccessControlUnauthorizedAccount", map[string]string{"account": w.city.addr().Hex()})

	op := []any{[]common.Address{w.contract}, []*big.Int{new(big.Int)}, [][]byte{call}, [32]byte{1}}
	w.city.ok(council, cc, "propose", op...)
	id := w.city.call(council, cc, "hashOperationBatch", op[0], op[1], op[2], [32]byte{}, op[3])[0].([32]byte)
	w.xx.ok(council, cc, "approve", id)
	_, err = w.bob.send(council, cc, "executeProposal", id)
	reverts(t, err, "CouncilTooEarly", nil)
	w.advance(time.Hour + time.Second)
	r := w.bob.ok(council, cc, "executeProposal", id)
	if got := event(t, r, "Upgraded")["implementation"]; got != newImpl.Hex() {
		t.Fatalf("Upgraded(%s), want %s", got, newImpl.Hex())
	}
	if impl, err := deploy.ImplementationOf(ctx, w.city.s.Backend(), w.contract); err != nil || impl != newImpl {
		t.Fatalf("implementation after the upgrade: %s, %v; want %s", impl, err, newImpl)
	}

	after := snapshot()
	// One hour passed: nothing expired (the periods are years), so everything is equal.
	if !reflect.DeepEqual(before, after) {
		t.Fatalf("state changed by the upgrade:\nbefore %+v\nafter  %+v", before, after)
	}
	w.credit(w.bob, 7, 4)
	if got := w.balance(w.bob); got != 2007 {
		t.Fatalf("bob has %d after a credit of 7 on 2000", got)
	}
	reverts(t, w.send(w.issuer, "credit", uint32(1), w.alice.addr(), big.NewInt(1), uint64(1)), "SCoinRecordAlreadyCredited", nil)
	w.ok(w.bob, "pay", w.shop.addr(), big.NewInt(7), "ORDER-2")
}
