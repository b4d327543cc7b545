package labour

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

func writeTemp(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f.csv")
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadCSV(t *testing.T) {
	cases := []struct {
		name, content, err string
		n                  int
	}{
		{"header and two lines", "contract,from,to\n1,2026-03-01,2026-03-31\n2, 2026-03-01, 2026-03-07\n", "", 2},
		{"a period over 31 days", "1,2026-03-01,2026-04-01\n", "line 1", 0},
		{"a bad date", "1,2026-03-01,2026-03-31\n2,03/01/2026,2026-03-31\n", "line 2", 0},
		{"a bad date after a header and a blank line", "contract,from,to\n\n1,2026-03-01,2026-03-31\n2,03/01/2026,2026-03-31\n", "line 4", 0},
		{"two fields", "1,2026-03-01\n", "wrong number of fields", 0},
		{"empty", "contract,from,to\n", "lists no payslips", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := readCSV(writeTemp(t, c.content))
			if c.err != "" {
				// A bad file is a usage error (exit 2), as every command's bad --csv is.
				var ue *cmdkit.UsageError
				if !errors.As(err, &ue) || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want a usage error %q", err, c.err)
				}
				return
			}
			if err != nil || len(got) != c.n {
				t.Fatalf("%d targets, %v", len(got), err)
			}
		})
	}
}

func TestReadShifts(t *testing.T) {
	got, err := readShifts(writeTemp(t, "date,start,end\n2026-03-02,10:00,14:00\n2026-03-06,22:00,02:30\n"))
	if err != nil || len(got) != 2 {
		t.Fatalf("%v %v", got, err)
	}
	if want := (wage.Shift{Day: wage.Date(2026, 3, 6), Start: 1320, End: 1590}); got[1] != want {
		t.Fatalf("night shift %+v, want %+v (ending the next day)", got[1], want)
	}
	if _, err := readShifts(writeTemp(t, "2026-03-02,10h,14:00\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Fatalf("a bad time: %v", err)
	}
}

func TestReadHolidays(t *testing.T) {
	cases := []struct {
		name, content, err string
		added, removed     []wage.Day
	}{
		{"adds, removes, names and comments", "# our shop\n2026-07-17 Constitution Day\n\n-2026-03-02\n2026-12-31\n", "",
			[]wage.Day{wage.Date(2026, 7, 17), wage.Date(2026, 12, 31)}, []wage.Day{wage.Date(2026, 3, 2)}},
		{"a bad date", "2026-07-17\n17/07/2026\n", "line 2", nil, nil},
		{"a missing file", "", "--holidays", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeTemp(t, c.content)
			if c.name == "a missing file" {
				path += ".missing"
			}
			cal, err := readHolidays(path)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v; want %q", err, c.err)
				}
				return
			}
			if err != nil || len(cal.Added) != len(c.added) || len(cal.Removed) != len(c.removed) {
				t.Fatalf("%+v %v", cal, err)
			}
			for _, d := range c.added {
				if !cal.Added[d] {
					t.Errorf("%s not added", d)
				}
			}
			for _, d := range c.removed {
				if !cal.Removed[d] {
					t.Errorf("%s not removed", d)
				}
			}
		})
	}
}
