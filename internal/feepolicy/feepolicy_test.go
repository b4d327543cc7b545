package feepolicy

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
)

func TestWithMargin(t *testing.T) {
	for _, c := range []struct{ gas, pct, want uint64 }{
		{100_000, DefaultGasMarginPercent, 120_000},
		{21_000, 0, 21_000},
		{99, 20, 118}, // rounds down, as both senders always did
	} {
		if got := WithMargin(c.gas, c.pct); got != c.want {
			t.Errorf("WithMargin(%d, %d) = %d, want %d", c.gas, c.pct, got, c.want)
		}
	}
}

func TestFeeCap(t *testing.T) {
	if got := FeeCap(big.NewInt(2), big.NewInt(7)); got.Int64() != 16 {
		t.Errorf("FeeCap(2, 7) = %s, want 16", got)
	}
	if got := FeeCap(big.NewInt(3), nil); got.Int64() != 3 {
		t.Errorf("FeeCap(3, nil) = %s, want 3 (a chain before London)", got)
	}
}

type fakeNode struct {
	tip  *big.Int
	base *big.Int
	err  error
}

func (f fakeNode) SuggestGasTipCap(context.Context) (*big.Int, error) { return f.tip, f.err }
func (f fakeNode) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{BaseFee: f.base}, nil
}

func TestSuggest(t *testing.T) {
	tip, feeCap, err := Suggest(context.Background(), fakeNode{tip: big.NewInt(1e9), base: big.NewInt(5e9)})
	if err != nil || tip.Int64() != 1e9 || feeCap.Int64() != 11e9 {
		t.Fatalf("Suggest = %v, %v, %v; want 1e9, 11e9", tip, feeCap, err)
	}
	boom := errors.New("boom")
	if _, _, err := Suggest(context.Background(), fakeNode{err: boom}); !errors.Is(err, boom) {
		t.Fatalf("Suggest with a failing node: %v", err)
	}
}
