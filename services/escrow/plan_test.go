package escrow

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	prime  = "0x1000000000000000000000000000000000000001"
	sub    = "0x2000000000000000000000000000000000000002"
	worker = "0x3000000000000000000000000000000000000003"
)

func write(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var goodJSON = fmt.Sprintf(`{
  "prime": %q,
  "payees": [{"address": %q, "name": "Hanbit (prime)"}, {"address": %q, "name": "Daehan Steel"}, {"address": %q, "name": "Kim Minsu, wages"}],
  "milestones": [
    {"name": "Foundation", "amount": "1,000,000", "shares": {%q: "100,000", %q: "600,000", %q: "300,000"}},
    {"name": "Frame", "amount": "2,000,000", "shares": {%q: "200,000", %q: "1,200,000", %q: "600,000"}}
  ]
}`, prime, prime, sub, worker, prime, sub, worker, prime, sub, worker)

var goodCSV = fmt.Sprintf(`milestone,milestone_amount,payee,share,payee_name
Foundation,"1,000,000",%s,"100,000",Hanbit (prime)
Foundation,"1,000,000",%s,"600,000",Daehan Steel
Foundation,"1,000,000",%s,"300,000","Kim Minsu, wages"
Frame,2000000,%s,200000
Frame,2000000,%s,1200000
Frame,2000000,%s,600000
`, prime, sub, worker, prime, sub, worker)

func TestJSONAndCSVGiveTheSamePlan(t *testing.T) {
	j, err := ReadPlan(write(t, "plan.json", goodJSON), "")
	if err != nil {
		t.Fatal(err)
	}
	c, err := ReadPlan(write(t, "plan.csv", goodCSV), prime)
	if err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]*Plan{"json": j, "csv": c} {
		payees, amounts, shares := p.Flat()
		got := fmt.Sprint(payees, amounts, shares)
		want := fmt.Sprintf("[%s %s %s] [1000000 2000000] [100000 600000 300000 200000 1200000 600000]",
			j.Payees[0].Address.Hex(), j.Payees[1].Address.Hex(), j.Payees[2].Address.Hex())
		if got != want {
			t.Errorf("%s plan = %s, want %s", name, got, want)
		}
	}
	if c.Payees[2].Name != "Kim Minsu, wages" {
		t.Errorf("quoted CSV name = %q", c.Payees[2].Name)
	}
}

func TestPlanProblemsAreAllListedWithTheirPlace(t *testing.T) {
	tests := []struct {
		name, file, content, prime string
		want                       []string
	}{
		{"split does not add up, JSON", "p.json", strings.Replace(goodJSON, `"600,000", `, `"500,000", `, 1), "",
			[]string{`milestones[0] (Foundation): shares add up to 900,000, the milestone amount is 1,000,000`}},
		{"several problems at once, JSON", "p.json", strings.NewReplacer(`"1,000,000"`, `"1,000,000.5"`, `"name": "Daehan Steel"`, `"name": "x"}, {"address": "0x12"`).Replace(goodJSON), "",
			[]string{"milestones[0] (Foundation).amount: amount has too many decimal places", `payees[2].address: malformed address: "0x12"`}},
		{"duplicate payee, JSON", "p.json", strings.Replace(goodJSON, fmt.Sprintf(`{"address": %q, "name": "Daehan Steel"}`, sub), fmt.Sprintf(`{"address": %q}`, prime), 1), "",
			[]string{"payees[1]: " + "0x1000000000000000000000000000000000000001 is already payees[0]"}},
		{"prime not a payee, JSON", "p.json", strings.Replace(goodJSON, `"prime": "`+prime, `"prime": "0x4000000000000000000000000000000000000004`, 1), "",
			[]string{"prime: 0x4000000000000000000000000000000000000004 is not among the payees"}},
		{"unknown key, JSON", "p.json", `{"primes": "x"}`, "", []string{`unknown field "primes"`}},
		{"CSV without --prime", "p.csv", goodCSV, "", []string{"--prime: a CSV plan needs --prime ADDRESS"}},
		{"CSV bad rows by line", "p.csv", goodCSV + "Frame,2000000,0xnope,5\nRoof,abc," + worker + ",1\nRoof,5\n", prime,
			[]string{"line 8 payee: malformed address", "line 9 milestone_amount: amount is not a decimal number", "line 10: want milestone,milestone_amount,payee,share"}},
		{"CSV milestone amount disagrees", "p.csv", strings.Replace(goodCSV, "Frame,2000000,"+sub, "Frame,2000001,"+sub, 1), prime,
			[]string{`line 6: milestone "Frame" amount 2,000,001 differs from 2,000,000 on line 5`}},
		{"CSV payee twice in a milestone", "p.csv", goodCSV + "Frame,2000000," + sub + ",0\n", prime,
			[]string{"line 8: payee " + "0x2000000000000000000000000000000000000002 appears twice"}},
		{"zero milestone and payee with nothing", "p.csv", "Only,0," + prime + ",0\n", prime,
			[]string{`line 1 (milestone "Only"): milestone amount is 0`, "payees: 0x1000000000000000000000000000000000000001 has no amount"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPlan(write(t, tt.file, tt.content), tt.prime)
			var pe *PlanError
			if !errors.Is(err, ErrPlan) || !errors.As(err, &pe) {
				t.Fatalf("ReadPlan = %v, want a PlanError", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not list %q:\n%v", w, err)
				}
			}
		})
	}
}
