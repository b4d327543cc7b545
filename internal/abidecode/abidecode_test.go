package abidecode

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

const testABI = `[
 {"type":"error","name":"OverBudget","inputs":[{"name":"program","type":"uint256"},{"name":"remaining","type":"uint256"}]},
 {"type":"error","name":"NotIssuer","inputs":[{"name":"account","type":"address"}]},
 {"type":"event","name":"Voted","inputs":[{"name":"choices","type":"uint8[]","indexed":false}]},
 {"type":"event","name":"Credited","inputs":[{"name":"citizen","type":"address","indexed":true},{"name":"recordId","type":"bytes32","indexed":true},{"name":"amount","type":"uint256","indexed":false}]}
]`

func parse(t *testing.T) *abi.ABI {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(testABI))
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

func TestDecodeRevert(t *testing.T) {
	a := parse(t)
	issuer := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	notIssuer, _ := a.Errors["NotIssuer"].Inputs.Pack(issuer)
	overBudget, _ := a.Errors["OverBudget"].Inputs.Pack(big.NewInt(3), big.NewInt(1250000))
	strType, _ := abi.NewType("string", "", nil)
	reason, _ := abi.Arguments{{Type: strType}}.Pack("not allowed")
	uintType, _ := abi.NewType("uint256", "", nil)
	panicData, _ := abi.Arguments{{Type: uintType}}.Pack(big.NewInt(0x11))
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"custom error with address", sel(a, "NotIssuer", notIssuer), "reverted: NotIssuer(account=" + issuer.Hex() + ")"},
		{"custom error with numbers", sel(a, "OverBudget", overBudget), "reverted: OverBudget(program=3, remaining=1250000)"},
		{"require message", append(crypto.Keccak256([]byte("Error(string)"))[:4], reason...), "reverted: not allowed"},
		{"panic", append(crypto.Keccak256([]byte("Panic(uint256)"))[:4], panicData...), "reverted: arithmetic underflow or overflow"},
		{"unknown selector", []byte{1, 2, 3, 4}, "reverted with unknown error data 0x01020304"},
		{"no data", nil, "reverted without a reason"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DecodeRevert(tt.data, a).Error(); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// sel prefixes args with the custom error's selector.
func sel(a *abi.ABI, name string, args []byte) []byte {
	id := a.Errors[name].ID
	return append(append([]byte{}, id[:4]...), args...)
}

type dataErr struct{ data string }

func (e dataErr) Error() string          { return "execution reverted" }
func (e dataErr) ErrorCode() int         { return 3 }
func (e dataErr) ErrorData() interface{} { return e.data }

func TestRevertFromError(t *testing.T) {
	a := parse(t)
	packed, _ := a.Errors["NotIssuer"].Inputs.Pack(common.Address{})
	data := "0x" + common.Bytes2Hex(sel(a, "NotIssuer", packed))
	rev, ok := RevertFromError(dataErr{data}, a)
	if !ok || rev.Name != "NotIssuer" {
		t.Fatalf("RevertFromError = %+v, %v", rev, ok)
	}
	if _, ok := RevertFromError(errors.New("connection refused"), a); ok {
		t.Fatal("a network error was taken for a revert")
	}
}

func TestDecodeLog(t *testing.T) {
	a := parse(t)
	citizen := common.HexToAddress("0x00000000000000000000000000000000000c171e")
	record := common.HexToHash("0x01")
	data, _ := a.Events["Credited"].Inputs.NonIndexed().Pack(big.NewInt(5000))
	l := &types.Log{
		Address: common.HexToAddress("0x5c"),
		Topics:  []common.Hash{a.Events["Credited"].ID, common.BytesToHash(citizen.Bytes()), record},
		Data:    data, BlockNumber: 7,
	}
	ev, err := DecodeLog(l, a)
	if err != nil {
		t.Fatal(err)
	}
	want := []Field{{"citizen", "address", citizen.Hex()}, {"recordId", "bytes32", record.Hex()}, {"amount", "uint256", "5000"}}
	if ev.Name != "Credited" || ev.Block != 7 || len(ev.Fields) != 3 {
		t.Fatalf("event = %+v", ev)
	}
	for i, f := range want {
		if ev.Fields[i] != f {
			t.Errorf("field %d = %+v, want %+v", i, ev.Fields[i], f)
		}
	}
	l.Topics[0] = common.HexToHash("0xdead")
	if _, err := DecodeLog(l, a); !errors.Is(err, ErrUnknownEvent) {
		t.Fatalf("unknown topic: %v", err)
	}
}

func TestDecodeLogSmallIntegerLists(t *testing.T) {
	a := parse(t)
	data, _ := a.Events["Voted"].Inputs.NonIndexed().Pack([]uint8{0, 2})
	ev, err := DecodeLog(&types.Log{Topics: []common.Hash{a.Events["Voted"].ID}, Data: data}, a)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Fields[0].Value != "[0, 2]" {
		t.Fatalf("uint8[] printed as %q, want [0, 2]", ev.Fields[0].Value)
	}
}
