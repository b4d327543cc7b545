package labour

import (
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/shopspring/decimal"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

// dayFlag reads a DATE flag; "" when not required and not given is (0, false).
func dayFlag(c *cli.Context, f *cli.StringFlag, required bool) (wage.Day, bool, error) {
	s := strings.TrimSpace(c.String(f.Name))
	if s == "" {
		if required {
			_, err := cmdkit.RequireFlag(c, f)
			return 0, false, err
		}
		return 0, false, nil
	}
	d, err := wage.ParseDay(s)
	if err != nil {
		return 0, false, cmdkit.Usagef("--%s: %v", f.Name, err)
	}
	return d, true, nil
}

// dayArg reads argument i as a DATE.
func dayArg(c *cli.Context, i int) (wage.Day, error) {
	d, err := wage.ParseDay(c.Args().Get(i))
	if err != nil {
		return 0, cmdkit.Usagef("DATE: %v", err)
	}
	return d, nil
}

// minutesOf reads HOURS (4, 4.5) as whole minutes.
func minutesOf(c *cli.Context, f *cli.StringFlag) (int, error) {
	s, err := cmdkit.RequireFlag(c, f)
	if err != nil {
		return 0, err
	}
	h, err := decimal.NewFromString(s)
	m := h.Mul(decimal.NewFromInt(60))
	if err != nil || h.Sign() <= 0 || !m.Equal(m.Truncate(0)) {
		return 0, cmdkit.Usagef("--%s %q: give hours as a positive number of whole minutes, like 4 or 4.5", f.Name, s)
	}
	return int(m.IntPart()), nil
}

// clock reads HH:MM as minutes from midnight.
func clock(c *cli.Context, f *cli.StringFlag) (int, error) {
	s, err := cmdkit.RequireFlag(c, f)
	if err != nil {
		return 0, err
	}
	t, err := time.Parse("15:04", s)
	if err != nil {
		return 0, cmdkit.Usagef("--%s %q: give a time as HH:MM, like 09:30 or 22:00", f.Name, s)
	}
	return t.Hour()*60 + t.Minute(), nil
}

// shiftFlags reads --start and --end as a shift on day: an end before the start is the next day's.
func shiftFlags(c *cli.Context, day wage.Day) (wage.Shift, error) {
	start, err := clock(c, ShiftStart)
	if err != nil {
		return wage.Shift{}, err
	}
	end, err := clock(c, ShiftEnd)
	if err != nil {
		return wage.Shift{}, err
	}
	if end <= start {
		end += 24 * 60
	}
	s := wage.Shift{Day: day, Start: start, End: end}
	if err := wage.CheckShift(s); err != nil {
		return s, cmdkit.Usagef("%v", err)
	}
	return s, nil
}

// wonFlag reads a won amount.
func wonFlag(c *cli.Context, f *cli.StringFlag) (int64, error) {
	s, err := cmdkit.RequireFlag(c, f)
	if err != nil {
		return 0, err
	}
	v, err := strconv.ParseInt(strings.ReplaceAll(s, ",", ""), 10, 64)
	if err != nil || v <= 0 {
		return 0, cmdkit.Usagef("--%s %q: give whole won, like 10,320", f.Name, s)
	}
	return v, nil
}

// fileHash is the SHA-256 of a file's bytes.
func fileHash(c *cli.Context, f *cli.StringFlag) (common.Hash, error) {
	path, err := cmdkit.RequireFlag(c, f)
	if err != nil {
		return common.Hash{}, err
	}
	file, err := os.Open(path)
	if err != nil {
		return common.Hash{}, fmt.Errorf("--%s: %w", f.Name, err)
	}
	defer file.Close()
	h := sha256.New()
	if _, err := io.Copy(h, file); err != nil {
		return common.Hash{}, fmt.Errorf("--%s: read %s: %w", f.Name, path, err)
	}
	return common.BytesToHash(h.Sum(nil)), nil
}

// saltedHash commits to text without letting a short text be guessed from the hash: the
// salt is printed to the person who keeps the text.
func saltedHash(text string) (hash common.Hash, salt string, err error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return common.Hash{}, "", err
	}
	salt = fmt.Sprintf("%x", b)
	return crypto.Keccak256Hash([]byte(salt), []byte(text)), salt, nil
}

// hhmm prints minutes from a day's midnight.
func hhmm(m int) string { return fmt.Sprintf("%02d:%02d", m/60%24, m%60) }

// hours prints minutes as hours.
func hours(m int) string {
	return decimal.NewFromInt(int64(m)).Div(decimal.NewFromInt(60)).Round(2).String() + " h"
}

// readHolidays reads a holidays file: a DATE a line, optionally followed by a name, adds a
// paid holiday; "-DATE" removes a built-in one; blank lines and "#" comments are skipped.
func readHolidays(path string) (wage.Calendar, error) {
	cal := wage.Calendar{Added: map[wage.Day]bool{}, Removed: map[wage.Day]bool{}}
	b, err := os.ReadFile(path)
	if err != nil {
		return cal, cmdkit.Usagef("--holidays: %w", err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		field := strings.Fields(line)[0]
		remove := strings.HasPrefix(field, "-")
		d, err := wage.ParseDay(strings.TrimPrefix(field, "-"))
		if err != nil {
			return cal, cmdkit.Usagef("--holidays %s line %d: %q: want YYYY-MM-DD to add a holiday or -YYYY-MM-DD to remove a built-in one, a name may follow", path, i+1, line)
		}
		if remove {
			cal.Removed[d] = true
		} else {
			cal.Added[d] = true
		}
	}
	return cal, nil
}
