package contracts

import (
	"math/big"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

var (
	issuerRole = common.BytesToHash(crypto.Keccak256([]byte("ISSUER_ROLE")))
	pauserRole = common.BytesToHash(crypto.Keccak256([]byte("PAUSER_ROLE")))
)

// krwSetup deploys the token from the city (admin), grants the bank the issuer role, and
// returns city, bank, two holders, the token address and its ABI.
func krwSetup(t *testing.T) (city, bank, alice, bob *account, token common.Address, krw *abi.ABI) {
	t.Helper()
	acc := accounts(t, 4)
	city, bank, alice, bob = acc[0], acc[1], acc[2], acc[3]
	token = city.deployOne(deploy.KRWToken)
	krw = krwABI(t)
	city.ok(token, krw, "grantRole", issuerRole, bank.addr())
	return
}

func krwABI(t *testing.T) *abi.ABI {
	t.Helper()
	krw, err := krwtoken.KRWTokenMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return krw
}

// withdrawalCode is a bank's withdrawal-ticket code, right-padded as the CLI encodes it.
var withdrawalCode = [32]byte{'W', 'D', '-', '2', '0', '2', '6', '-', '0', '0', '4', '2'}

// TestKRWEventsCarryNoFreeText pins what KRW's events put on chain: addresses, amounts and
// codes. The only text is the bank's deposit code; a withdrawal is a fixed-size code, so a
// bank account number or a name has no field to go in.
func TestKRWEventsCarryNoFreeText(t *testing.T) {
	krw := krwABI(t)
	var got []string
	for name, ev := range krw.Events {
		for _, in := range ev.Inputs {
			if in.Type.T == abi.StringTy || in.Type.T == abi.BytesTy {
				got = append(got, name+"."+in.Name)
			}
		}
	}
	if strings.Join(got, " ") != "Deposited.bankReference" {
		t.Fatalf("free-text event fields %v, want only Deposited.bankReference", got)
	}
	if w := krw.Events["Withdrawn"]; w.Sig != "Withdrawn(address,uint256,bytes32)" {
		t.Fatalf("Withdrawn is %s", w.Sig)
	}
}

func TestKRWMetadata(t *testing.T) {
	city, _, _, _, token, krw := krwSetup(t)
	if d := city.call(token, krw, "decimals")[0].(uint8); d != 0 {
		t.Fatalf("decimals = %d, want 0 (1 token = 1 KRW)", d)
	}
	if s := city.call(token, krw, "symbol")[0].(string); s != "KRW" {
		t.Fatalf("symbol = %q", s)
	}
}

func TestKRWMint(t *testing.T) {
	city, bank, alice, _, token, krw := krwSetup(t)
	amount := big.NewInt(1_250_000)

	r := bank.ok(token, krw, "mint", alice.addr(), amount, "DEP-2026-0001")
	ev := event(t, r, "Deposited")
	if ev["to"] != alice.addr().Hex() || ev["amount"] != "1250000" || ev["bankReference"] != "DEP-2026-0001" {
		t.Fatalf("Deposited = %v", ev)
	}
	if b := city.bigCall(token, krw, "balanceOf", alice.addr()); b.Cmp(amount) != 0 {
		t.Fatalf("balance %s, want %s", b, amount)
	}
	if !city.call(token, krw, "depositMinted", "DEP-2026-0001")[0].(bool) {
		t.Fatal("depositMinted(DEP-2026-0001) = false after the mint")
	}

	tests := []struct {
		name   string
		from   *account
		to     common.Address
		amount int64
		ref    string
		err    string
		args   map[string]string
	}{
		{"only the issuer mints", alice, alice.addr(), 1, "DEP-X", "AccessControlUnauthorizedAccount", map[string]string{"account": alice.addr().Hex(), "neededRole": issuerRole.Hex()}},
		{"a deposit is minted once", bank, alice.addr(), 5, "DEP-2026-0001", "KRWDepositAlreadyMinted", map[string]string{"bankReference": "DEP-2026-0001"}},
		{"zero amount", bank, alice.addr(), 0, "DEP-2", "KRWZeroAmount", nil},
		{"no bank reference", bank, alice.addr(), 5, "", "KRWEmptyReference", nil},
		{"zero address", bank, common.Address{}, 5, "DEP-3", "ERC20InvalidReceiver", map[string]string{"receiver": common.Address{}.Hex()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.from.send(token, krw, "mint", tt.to, big.NewInt(tt.amount), tt.ref)
			reverts(t, err, tt.err, tt.args)
		})
	}
	if s := city.bigCall(token, krw, "totalSupply"); s.Cmp(amount) != 0 {
		t.Fatalf("total supply %s after refused mints, want %s", s, amount)
	}
}

func TestKRWBurn(t *testing.T) {
	city, bank, alice, bob, token, krw := krwSetup(t)
	bank.ok(token, krw, "mint", alice.addr(), big.NewInt(1000), "DEP-1")

	r := alice.ok(token, krw, "burn", big.NewInt(400), withdrawalCode)
	ev := event(t, r, "Withdrawn")
	if ev["from"] != alice.addr().Hex() || ev["amount"] != "400" || ev["withdrawalRef"] != common.Hash(withdrawalCode).Hex() {
		t.Fatalf("Withdrawn = %v", ev)
	}
	if b := city.bigCall(token, krw, "balanceOf", alice.addr()); b.Int64() != 600 {
		t.Fatalf("balance %s after burning 400 of 1000", b)
	}
	if s := city.bigCall(token, krw, "totalSupply"); s.Int64() != 600 {
		t.Fatalf("supply %s after burning 400 of 1000", s)
	}

	tests := []struct {
		name   string
		from   *account
		amount int64
		ref    [32]byte
		err    string
		args   map[string]string
	}{
		{"more than the balance", alice, 601, withdrawalCode, "ERC20InsufficientBalance", map[string]string{"sender": alice.addr().Hex(), "balance": "600", "needed": "601"}},
		{"with no balance", bob, 1, withdrawalCode, "ERC20InsufficientBalance", map[string]string{"balance": "0"}},
		{"zero amount", alice, 0, withdrawalCode, "KRWZeroAmount", nil},
		{"no withdrawal code", alice, 1, [32]byte{}, "KRWEmptyReference", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.from.send(token, krw, "burn", big.NewInt(tt.amount), tt.ref)
			reverts(t, err, tt.err, tt.args)
		})
	}
}

func TestKRWPause(t *testing.T) {
	city, bank, alice, bob, token, krw := krwSetup(t)
	bank.ok(token, krw, "mint", alice.addr(), big.NewInt(1000), "DEP-1")

	_, err := alice.send(token, krw, "pause")
	reverts(t, err, "AccessControlUnauthorizedAccount", map[string]string{"neededRole": pauserRole.Hex()})

	alice.ok(token, krw, "approve", bob.addr(), big.NewInt(10)) // as a holder approves the escrow

	city.ok(token, krw, "pause")
	for name, try := range map[string]func() error{
		"transfer": func() error { _, err := alice.send(token, krw, "transfer", bob.addr(), big.NewInt(1)); return err },
		// how an escrow pulls KRW: a pause stops escrow movements too
		"transferFrom": func() error {
			_, err := bob.send(token, krw, "transferFrom", alice.addr(), bob.addr(), big.NewInt(1))
			return err
		},
		"mint": func() error { _, err := bank.send(token, krw, "mint", bob.addr(), big.NewInt(1), "DEP-2"); return err },
		"burn": func() error { _, err := alice.send(token, krw, "burn", big.NewInt(1), withdrawalCode); return err },
	} {
		t.Run(name+" while paused", func(t *testing.T) { reverts(t, try(), "EnforcedPause", nil) })
	}
	if b := city.bigCall(token, krw, "balanceOf", alice.addr()); b.Int64() != 1000 {
		t.Fatalf("balance moved while paused: %s", b)
	}

	city.ok(token, krw, "unpause")
	alice.ok(token, krw, "transfer", bob.addr(), big.NewInt(250))
	if b := city.bigCall(token, krw, "balanceOf", bob.addr()); b.Int64() != 250 {
		t.Fatalf("after unpause bob has %s, want 250", b)
	}
}

// TestKRWNoPowerOverHolders pins the token's state-changing functions: anything added that
// could move, freeze or burn a holder's tokens without the holder fails this test. Two are
// not powers of any key: initialize runs once, in the proxy's creation (upgrade_test.go),
// and upgradeToAndCall is the admin's, that is the council's, announced and delayed.
func TestKRWNoPowerOverHolders(t *testing.T) {
	krw := krwABI(t)
	var got []string
	for name, m := range krw.Methods {
		if !m.IsConstant() {
			got = append(got, name)
		}
	}
	sort.Strings(got)
	want := "approve burn grantRole initialize mint pause renounceRole revokeRole transfer transferFrom unpause upgradeToAndCall"
	if strings.Join(got, " ") != want {
		t.Fatalf("state-changing functions %v, want exactly %s", got, want)
	}
	// And the admin cannot spend a holder's tokens through an allowance it was not given.
	city, bank, alice, bob, token, _ := krwSetup(t)
	bank.ok(token, krw, "mint", alice.addr(), big.NewInt(10), "DEP-1")
	_, err := city.send(token, krw, "transferFrom", alice.addr(), bob.addr(), big.NewInt(1))
	reverts(t, err, "ERC20InsufficientAllowance", map[string]string{"spender": city.addr().Hex(), "allowance": "0"})
}
