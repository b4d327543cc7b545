package deploy

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/simchain"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// newSender returns a sender on a simulated chain that seals continuously.
func newSender(t *testing.T) *txsend.Sender {
	t.Helper()
	chain := simchain.New(t, 1)
	abis, err := ABIs()
	if err != nil {
		t.Fatal(err)
	}
	s, err := txsend.New(context.Background(), chain.Client(), chain.Keys[0], nil, abis...)
	if err != nil {
		t.Fatal(err)
	}
	s.SetPollInterval(2 * time.Millisecond)
	return s
}

func TestDeployRecordsAndSkipsDeployed(t *testing.T) {
	s := newSender(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	planned, err := Simulate(ctx, s, All(), nil)
	if err != nil {
		t.Fatal(err)
	}
	// One creation per contract, two per upgradeable one (implementation, proxy).
	txs := 0
	for _, st := range Steps() {
		txs++
		if st.Upgradeable() {
			txs++
		}
	}
	if len(planned) != txs {
		t.Fatalf("Simulate planned %d deployments, want %d", len(planned), txs)
	}

	var recorded []Addresses
	record := func(a Addresses) error { recorded = append(recorded, a); return nil }
	got, sent, err := Deploy(ctx, s, All(), nil, record, nil)
	if err != nil {
		t.Fatal(err)
	}
	addr, ok := got[CityForwarder]
	if !ok {
		t.Fatalf("no address for %s in %v", CityForwarder, got)
	}
	if addr != planned[0].Address {
		t.Fatalf("deployed at %s, Simulate predicted %s", addr, planned[0].Address)
	}
	if code, _ := s.Backend().CodeAt(ctx, addr, nil); len(code) == 0 {
		t.Fatalf("no code at %s", addr)
	}
	if len(recorded) != txs || len(sent) != len(All()) || sent[0].Receipt.GasUsed == 0 {
		t.Fatalf("record called %d times, %d sent; want one per creation (%d), one Deployed per contract (%d)", len(recorded), len(sent), txs, len(All()))
	}
	for i, p := range planned {
		if got[p.Name] != p.Address {
			t.Errorf("%s deployed at %s, Simulate predicted %s", p.Name, got[p.Name], p.Address)
		}
		if i > 0 && planned[i-1].Name == Impl(p.Name) && p.Gas != 0 {
			t.Errorf("proxy %s simulated before its implementation exists", p.Name)
		}
	}
	for _, d := range sent {
		st, _ := stepByName(d.Name)
		if st.Upgradeable() != (d.Implementation != nil) {
			t.Errorf("%s: upgradeable %v, implementation receipt %v", d.Name, st.Upgradeable(), d.Implementation)
		}
	}

	nonce, _ := s.Backend().PendingNonceAt(ctx, s.From())
	again, sent, err := Deploy(ctx, s, All(), got, record, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again[CityForwarder] != addr || len(sent) != 0 {
		t.Fatalf("second Deploy moved %s to %s or sent %d", addr, again[CityForwarder], len(sent))
	}
	if after, _ := s.Backend().PendingNonceAt(ctx, s.From()); after != nonce {
		t.Fatalf("second Deploy sent %d transactions, want none", after-nonce)
	}
}

func TestDeployRefusals(t *testing.T) {
	s := newSender(t)
	ctx := context.Background()
	if _, _, err := Deploy(ctx, s, []string{"NoSuchContract"}, nil, nil, nil); !errors.Is(err, ErrUnknownContract) {
		t.Fatalf("unknown name: err = %v, want ErrUnknownContract", err)
	}
	stale := Addresses{CityForwarder: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	if _, _, err := Deploy(ctx, s, All(), stale, nil, nil); !errors.Is(err, ErrNoCode) {
		t.Fatalf("stale address: err = %v, want ErrNoCode", err)
	}
	if _, err := Simulate(ctx, s, All(), stale); !errors.Is(err, ErrNoCode) {
		t.Fatalf("Simulate with a stale address: err = %v, want ErrNoCode", err)
	}
}

// TestDeployResumesAfterImplementation: a run interrupted between an implementation and its
// proxy deploys only the proxy, on the recorded implementation.
func TestDeployResumesAfterImplementation(t *testing.T) {
	s := newSender(t)
	ctx := context.Background()
	var book Addresses
	stop := errors.New("interrupted")
	record := func(a Addresses) error {
		book = a
		if _, ok := a[Impl(KRWToken)]; ok {
			return stop
		}
		return nil
	}
	if _, _, err := Deploy(ctx, s, []string{KRWToken}, nil, record, nil); !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the interruption", err)
	}
	if _, ok := book[KRWToken]; ok {
		t.Fatal("the proxy was deployed before the interruption")
	}
	planned, err := Simulate(ctx, s, []string{KRWToken}, book)
	if err != nil || len(planned) != 1 || planned[0].Name != KRWToken || planned[0].Gas == 0 {
		t.Fatalf("Simulate after the implementation: %+v, %v; want the proxy alone, simulated", planned, err)
	}
	got, sent, err := Deploy(ctx, s, []string{KRWToken}, book, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(sent) != 1 || sent[0].Implementation != nil || got[Impl(KRWToken)] != book[Impl(KRWToken)] {
		t.Fatalf("resumed deploy sent %+v, implementation %s (recorded %s)", sent, got[Impl(KRWToken)], book[Impl(KRWToken)])
	}
	impl, err := ImplementationOf(ctx, s.Backend(), got[KRWToken])
	if err != nil {
		t.Fatal(err)
	}
	if impl != book[Impl(KRWToken)] {
		t.Fatalf("proxy points at %s, want %s", impl, book[Impl(KRWToken)])
	}
}

// TestDeployGrantsRolesBetweenContracts: CitizenProposals holds MVoting's election admin
// role once deployed; a second run finds it held and sends nothing; a revoked grant is
// made again by the next run.
func TestDeployGrantsRolesBetweenContracts(t *testing.T) {
	s := newSender(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	book, _, err := Deploy(ctx, s, []string{CitizenProposals}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	holds := func() bool {
		t.Helper()
		ok, err := HasRole(ctx, s.Backend(), book[MVoting], MVoting, "ELECTION_ADMIN_ROLE", book[CitizenProposals])
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !holds() {
		t.Fatal("CitizenProposals does not hold MVoting's ELECTION_ADMIN_ROLE after deployment")
	}
	nonce, _ := s.Backend().PendingNonceAt(ctx, s.From())
	if _, _, err := Deploy(ctx, s, []string{CitizenProposals}, book, nil, nil); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Backend().PendingNonceAt(ctx, s.From()); again != nonce {
		t.Fatalf("a second run sent %d transactions", again-nonce)
	}
	st, _ := stepByName(MVoting)
	a, _ := st.Meta.GetAbi()
	to := book[MVoting]
	if _, err := s.Send(ctx, txsend.Candidate{To: &to, Data: mustPack(a, "revokeRole", RoleID("ELECTION_ADMIN_ROLE"), book[CitizenProposals])}); err != nil {
		t.Fatal(err)
	}
	if holds() {
		t.Fatal("revoke did not take")
	}
	if _, _, err := Deploy(ctx, s, []string{CitizenProposals}, book, nil, nil); err != nil || !holds() {
		t.Fatalf("the next run did not grant again: %v", err)
	}
}
