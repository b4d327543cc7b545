package outcome

import "testing"

func TestPlural(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{{0, "0 credits"}, {1, "1 credit"}, {2, "2 credits"}}
	for _, tt := range tests {
		if got := Plural(tt.n, "credit", "credits"); got != tt.want {
			t.Errorf("Plural(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	if Word(1, "was", "were") != "was" || Word(3, "was", "were") != "were" {
		t.Error("Word does not agree with its count")
	}
}
