package cmdkit

import (
	"errors"
	"fmt"
	"testing"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

func TestExplainRevertNamesEnumValues(t *testing.T) {
	RegisterEnum("EscrowWrongStatus", "status", "none", "proposed (the prime has not accepted)", "active", "cancelled")
	RegisterEnum("EscrowWrongMilestoneState", "state", "pending (not funded)", "funded (not approved)", "approved")
	wrap := func(r *abidecode.Revert) error { return fmt.Errorf("%w: %w", txsend.ErrWouldRevert, r) }
	tests := []struct {
		rev  *abidecode.Revert
		want string
	}{
		{&abidecode.Revert{Name: "EscrowWrongStatus", Args: []abidecode.Field{{Name: "id", Value: "2"}, {Name: "status", Value: "1"}}},
			"transaction would revert: reverted: EscrowWrongStatus(id=2, status=1); status 1 is proposed (the prime has not accepted)"},
		{&abidecode.Revert{Name: "EscrowWrongMilestoneState", Args: []abidecode.Field{{Name: "state", Value: "2"}}},
			"transaction would revert: reverted: EscrowWrongMilestoneState(state=2); state 2 is approved"},
		{&abidecode.Revert{Name: "EscrowWrongStatus", Args: []abidecode.Field{{Name: "status", Value: "9"}}},
			"transaction would revert: reverted: EscrowWrongStatus(status=9)"},
		{&abidecode.Revert{Name: "KRWZeroAmount"}, "transaction would revert: reverted: KRWZeroAmount()"},
	}
	for _, tt := range tests {
		err := ExplainRevert(wrap(tt.rev))
		if err.Error() != tt.want || !errors.Is(err, txsend.ErrWouldRevert) {
			t.Errorf("explainRevert = %q, want %q (still wrapping ErrWouldRevert)", err, tt.want)
		}
	}
	plain := errors.New("connection refused")
	if ExplainRevert(plain) != plain {
		t.Error("a non-revert error was changed")
	}
}
