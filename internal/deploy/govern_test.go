package deploy

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

func TestGovernHandsEveryPowerToTheCouncil(t *testing.T) {
	s := newSender(t)
	ctx := context.Background()
	book, _, err := Deploy(ctx, s, All(), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	m1, m2, bank := common.Address{0x01}, common.Address{0x02}, common.Address{0xba}
	c := &Council{
		Members: []common.Address{m1, m2}, Threshold: 2, DelaySeconds: 48 * 3600, Emergency: []common.Address{m2},
		Operators: map[string]map[string][]common.Address{
			KRWToken: {"ISSUER_ROLE": {bank}},
			SCoin:    {"PROGRAM_MANAGER_ROLE": {m1}, "MERCHANT_MANAGER_ROLE": {s.From()}},
		},
	}
	var recorded Addresses
	book, actions, err := Govern(ctx, s, book, c, false, func(a Addresses) error { recorded = a; return nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	council := book[CityCouncil]
	if recorded[CityCouncil] != council || len(actions) == 0 {
		t.Fatalf("council %s, recorded %s, %d actions", council, recorded[CityCouncil], len(actions))
	}

	for _, st := range Steps() {
		roles, err := st.Roles()
		if err != nil {
			t.Fatal(err)
		}
		for _, role := range roles {
			has := func(who common.Address) bool {
				t.Helper()
				ok, err := HasRole(ctx, s.Backend(), book[st.Name], st.Name, role, who)
				if err != nil {
					t.Fatal(err)
				}
				return ok
			}
			wantDeployer := role == "MERCHANT_MANAGER_ROLE" && st.Name == SCoin // the file gives it
			if has(s.From()) != wantDeployer {
				t.Errorf("%s: the deployer holds %s: %v, want %v", st.Name, role, has(s.From()), wantDeployer)
			}
			if role == DefaultAdminRole && !has(council) {
				t.Errorf("%s: the council is not admin", st.Name)
			}
			if role == pauserRole && !has(council) {
				t.Errorf("%s: the council cannot pause", st.Name)
			}
			for _, who := range c.Operators[st.Name][role] {
				if !has(who) {
					t.Errorf("%s: operator %s lacks %s", st.Name, who, role)
				}
			}
		}
	}

	// Every direct admin call of the former deployer is refused.
	impl := book[Impl(KRWToken)]
	for _, tc := range []struct {
		contract, method string
		args             []any
	}{
		{KRWToken, "grantRole", []any{RoleID("ISSUER_ROLE"), s.From()}},
		{KRWToken, "revokeRole", []any{RoleID("ISSUER_ROLE"), bank}},
		{KRWToken, "upgradeToAndCall", []any{impl, []byte{}}},
		{KRWToken, "mint", []any{s.From(), big.NewInt(1), "DEP-1"}},
		{KRWToken, "pause", nil},
		{Escrow, "grantRole", []any{RoleID("CLIENT_ROLE"), s.From()}},
		{Escrow, "requestClientChange", []any{big.NewInt(1), s.From()}},
		{Escrow, "upgradeToAndCall", []any{book[Impl(Escrow)], []byte{}}},
		{MVoting, "grantRole", []any{RoleID("ELECTION_ADMIN_ROLE"), s.From()}},
		{MVoting, "setTrustedForwarder", []any{s.From()}},
		{SCoin, "setTrustedForwarder", []any{s.From()}},
		{SCoin, "setRecoveryDelay", []any{uint64(86400)}},
		{SCoin, "requestRecovery", []any{m1, m2}},
		{SCoin, "pause", nil},
		{SCoin, "upgradeToAndCall", []any{book[Impl(SCoin)], []byte{}}},
	} {
		st, _ := stepByName(tc.contract)
		a, _ := st.Meta.GetAbi()
		to := book[tc.contract]
		_, err := s.Simulate(ctx, txsend.Candidate{To: &to, Data: mustPack(a, tc.method, tc.args...)})
		var rev *abidecode.Revert
		if !errors.As(err, &rev) || rev.Name != "AccessControlUnauthorizedAccount" {
			t.Errorf("%s.%s by the former deployer: err = %v, want AccessControlUnauthorizedAccount", tc.contract, tc.method, err)
		}
	}

	// Done once: a second run sends nothing.
	if _, again, err := Govern(ctx, s, book, c, false, nil, nil); err != nil || len(again) != 0 {
		t.Fatalf("second Govern: %d actions, %v", len(again), err)
	}
}

func TestGovernKeepDeployerAndRefusals(t *testing.T) {
	s := newSender(t)
	ctx := context.Background()
	book, _, err := Deploy(ctx, s, []string{KRWToken}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	bad := &Council{Members: []common.Address{{1}}, Threshold: 2}
	if _, _, err := Govern(ctx, s, book, bad, false, nil, nil); !errors.Is(err, ErrBadCouncil) {
		t.Fatalf("threshold above members: err = %v, want ErrBadCouncil", err)
	}
	unknown := &Council{Members: []common.Address{{1}}, Threshold: 1, Operators: map[string]map[string][]common.Address{KRWToken: {"MINTER_ROLE": {{2}}}}}
	if _, _, err := Govern(ctx, s, book, unknown, false, nil, nil); !errors.Is(err, ErrBadCouncil) {
		t.Fatalf("a role the token lacks: err = %v, want ErrBadCouncil", err)
	}
	book, _, err = Govern(ctx, s, book, &Council{Members: []common.Address{s.From()}, Threshold: 1, DelaySeconds: 10}, true, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, who := range []common.Address{s.From(), book[CityCouncil]} {
		if ok, err := HasRole(ctx, s.Backend(), book[KRWToken], KRWToken, DefaultAdminRole, who); err != nil || !ok {
			t.Fatalf("%s is not admin with keepDeployer (%v)", who, err)
		}
	}
}
