package voting

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/seoulchain/seoulchain/bindings/electionkeys"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/voting/elgamal"
)

// TestVoteTrusteeComplaints: in a 1-of-2 election the second trustee (a fresh account)
// commits with a bad share for the staff trustee. 'share' names it and the command to
// complain; a complaint about a good share, about oneself or about a trustee that sent
// nothing is refused before sending; the staff complains; the accused answers from its
// trustee file (the share checked on chain); the staff's 'share' then takes the revealed
// share and the key is ready, and a complaint about the revealed share is refused before
// sending. Complaints close a day before the start, so this election opens in 25 hours.
// A decryption secret stored by 'share' that is no longer the secret of the trustee's
// verification key on chain (as after a disqualification) is joined again.
func TestVoteTrusteeComplaints(t *testing.T) {
	dir := network.Dir(t)
	info := network.Info(t)
	staffSender := cmdtest.StaffSender(t, dir)
	cheat := cmdtest.NewParty(t, staffSender)
	tmp := t.TempDir()
	must := expect(t, dir)
	staff := info.Staff.Address.Hex()
	csv, roll := filepath.Join(tmp, "voters.csv"), filepath.Join(tmp, "roll.json")
	os.WriteFile(csv, []byte(staff+"\n"), 0o644)
	must(cmdkit.ExitOK, "vote", "roll", "build", "--csv", csv, "--out", roll)
	staffPub := strings.TrimSpace(must(cmdkit.ExitOK, "vote", "trustee", "pubkey"))
	cheatPub := strings.TrimSpace(must(cmdkit.ExitOK, append(cheat.Flags, "vote", "trustee", "pubkey")...))
	out := must(cmdkit.ExitOK, "vote", "create", "--secret", "--trustee", staffPub, "--trustee", cheatPub, "--threshold", "1",
		"--title", "Bridge", "--option", "Yes", "--option", "No", "--start", "+25h", "--end", "+26h", "--roll", roll)
	id := regexp.MustCompile(`#(\d+)`).FindStringSubmatch(out)[1]
	staffFile := []string{"--trustee-file", filepath.Join(tmp, "staff.enc")}
	cheatFile := []string{"--trustee-file", filepath.Join(tmp, "cheat.enc")}
	must(cmdkit.ExitOK, append(append([]string{"vote", "trustee", "keygen"}, staffFile...), id)...)
	if out := must(cmdkit.ExitFailed, append(append([]string{"vote", "trustee", "share"}, staffFile...), id)...); !strings.Contains(out, "not settled yet") {
		t.Fatalf("share before the other committed: %s", out)
	}

	// The second trustee commits with a share for trustee 1 off its polynomial, keeping its
	// trustee file as 'keygen' would.
	raw, _ := os.ReadFile(cheat.Flags[1])
	key, err := keystore.DecryptKey(raw, "pw")
	if err != nil {
		t.Fatal(err)
	}
	staffKey := cmdtest.LoadStaff(t, dir)
	ec := cmdtest.Dial(t, info.RPC())
	chainID, _ := ec.ChainID(context.Background())
	w := Where{ChainID: chainID, Contract: info.Contracts[deploy.MVoting], Election: new(big.Int)}
	w.Election.SetString(id, 10)
	d, err := NewDealing(w, cheat.Addr, 1, []*ecdsa.PublicKey{&staffKey.PublicKey, &key.PrivateKey.PublicKey})
	if err != nil {
		t.Fatal(err)
	}
	wrong, err := elgamal.RandomScalar() // with k = 1 every f(j) is the same: any other number is off
	if err != nil {
		t.Fatal(err)
	}
	b := wrong.Bytes()
	if d.Shares[0], err = EncryptFor(&staffKey.PublicKey, b[:]); err != nil {
		t.Fatal(err)
	}
	s := &trusteeSecret{ChainID: (*hexutil.Big)(chainID), Contract: w.Contract, Election: (*hexutil.Big)(w.Election), Index: 2}
	for _, a := range d.Poly.Coeffs {
		b := a.Bytes()
		s.Coeffs = append(s.Coeffs, b[:])
	}
	if err := writeTrusteeSecret(cheatFile[1], key.PrivateKey, s); err != nil {
		t.Fatal(err)
	}
	abis, _ := deploy.ABIs()
	sender, err := txsend.New(context.Background(), ec, key.PrivateKey, nil, abis...)
	if err != nil {
		t.Fatal(err)
	}
	keys := info.Contracts[deploy.ElectionKeys]
	if _, err := sender.Send(context.Background(), txsend.Candidate{To: &keys, Data: cmdkit.MustPack(keysABI(), "commitKey", w.Election, d.Commitments, d.PoK, d.Shares)}); err != nil {
		t.Fatal(err)
	}

	complainCmd := "seoulchain vote trustee complain " + id + " " + cheat.Addr.Hex()
	if out := must(cmdkit.ExitFailed, append(append([]string{"vote", "trustee", "share"}, staffFile...), id)...); !strings.Contains(out, "the share from trustee 2") || !strings.Contains(out, complainCmd) {
		t.Fatalf("share with a bad share: %s", out)
	}
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"about a good share", append(cheat.Flags, "vote", "trustee", "complain", id, staff), "matches its commitments: nothing to complain about"},
		{"about oneself", []string{"vote", "trustee", "complain", id, staff}, "is you"},
		{"about a trustee that sent nothing", []string{"vote", "trustee", "complain", id, "0x1111111111111111111111111111111111111111"}, "has not committed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if out := must(cmdkit.ExitUsage, tt.args...); !strings.Contains(out, tt.want) {
				t.Fatalf("%s", out)
			}
		})
	}
	if out := must(cmdkit.ExitOK, append(append(cheat.Flags, "vote", "trustee", "answer"), append(cheatFile, id)...)...); !strings.Contains(out, "No complaint open against you (trustee 2)") {
		t.Fatalf("answer with nothing open: %s", out)
	}
	must(cmdkit.ExitOK, "vote", "trustee", "complain", id, cheat.Addr.Hex())
	if out := must(cmdkit.ExitOK, "vote", "show", id); !strings.Contains(out, "key ready: false") || !strings.Contains(out, cheat.Addr.Hex()+" must reveal its share for "+staff) ||
		!strings.Contains(out, "(a day before the start), about shares") {
		t.Fatalf("show with a complaint open: %s", out)
	}
	// Anyone may disqualify only after the deadline (a day).
	if out := must(cmdkit.ExitFailed, "vote", "trustee", "disqualify", id, cheat.Addr.Hex()); !strings.Contains(out, "KeysNotDisqualifiable") {
		t.Fatalf("disqualify before the deadline: %s", out)
	}
	must(cmdkit.ExitOK, append(append(cheat.Flags, "vote", "trustee", "answer"), append(cheatFile, id)...)...)
	if out := must(cmdkit.ExitOK, append(append([]string{"vote", "trustee", "share"}, staffFile...), id)...); !strings.Contains(out, "Every share sent to you (trustee 1) matches") {
		t.Fatalf("share after the answer: %s", out)
	}
	if out := must(cmdkit.ExitOK, "vote", "show", id); !strings.Contains(out, "key ready: true") {
		t.Fatalf("show once answered: %s", out)
	}
	if out := must(cmdkit.ExitUsage, "vote", "trustee", "complain", id, cheat.Addr.Hex()); !strings.Contains(out, "already revealed its share to you on chain") {
		t.Fatalf("complain about the revealed share: %s", out)
	}

	// A stale secret in the staff's trustee file (here made up; in life x_j from before a
	// disqualification): 'share' joins the shares again and keeps the right one.
	staffSecret := func() *trusteeSecret {
		t.Helper()
		s, err := readTrusteeSecret(staffFile[1], staffKey, w)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	right := staffSecret().Secret
	st := staffSecret()
	other, _ := elgamal.RandomScalar()
	ob := other.Bytes()
	st.Secret = ob[:]
	if err := writeTrusteeSecret(staffFile[1], staffKey, st); err != nil {
		t.Fatal(err)
	}
	if out := must(cmdkit.ExitOK, append(append([]string{"vote", "trustee", "share"}, staffFile...), id)...); !strings.Contains(out, "was for an earlier key") {
		t.Fatalf("share with a stale secret stored: %s", out)
	}
	if got := staffSecret().Secret; !bytes.Equal(got, right) {
		t.Fatalf("secret after 'share' = %x, want %x", got, right)
	}
	if out := must(cmdkit.ExitOK, append(append([]string{"vote", "trustee", "share"}, staffFile...), id)...); strings.Contains(out, "earlier key") {
		t.Fatalf("share with the right secret stored: %s", out)
	}
}

// TestVoteTrusteeComplainClosed: complaints close a day before the start; an election
// opening sooner takes none, and 'complain' says so before sending.
func TestVoteTrusteeComplainClosed(t *testing.T) {
	dir := network.Dir(t)
	info := network.Info(t)
	tmp := t.TempDir()
	must := expect(t, dir)
	csv, roll := filepath.Join(tmp, "voters.csv"), filepath.Join(tmp, "roll.json")
	os.WriteFile(csv, []byte(info.Staff.Address.Hex()+"\n"), 0o644)
	must(cmdkit.ExitOK, "vote", "roll", "build", "--csv", csv, "--out", roll)
	pub := strings.TrimSpace(must(cmdkit.ExitOK, "vote", "trustee", "pubkey"))
	out := must(cmdkit.ExitOK, "vote", "create", "--secret", "--trustee", pub, "--threshold", "1",
		"--title", "Ferry", "--option", "Yes", "--option", "No", "--start", "+10m", "--end", "+20m", "--roll", roll)
	if !strings.Contains(out, "less than a day: trustees cannot complain") || !strings.Contains(out, "at least +25h") {
		t.Fatalf("create within REVEAL_PERIOD of the start: %s", out)
	}
	id := regexp.MustCompile(`#(\d+)`).FindStringSubmatch(out)[1]
	// The complaint deadline is the start less ElectionKeys' REVEAL_PERIOD, read from the contract.
	ec := cmdtest.Dial(t, info.RPC())
	keys, err := electionkeys.NewElectionKeysCaller(info.Contracts[deploy.ElectionKeys], ec)
	if err != nil {
		t.Fatal(err)
	}
	reveal, err := keys.REVEALPERIOD(nil)
	if err != nil {
		t.Fatal(err)
	}
	var shown struct{ Start, ComplaintsClose uint64 }
	if err := json.Unmarshal([]byte(must(cmdkit.ExitOK, "--json", "vote", "show", id)), &shown); err != nil || shown.ComplaintsClose != shown.Start-reveal {
		t.Fatalf("show: complaints close at %d, want the start %d less REVEAL_PERIOD %d (%v)", shown.ComplaintsClose, shown.Start, reveal, err)
	}
	if out := must(cmdkit.ExitUsage, "vote", "trustee", "complain", id, info.Staff.Address.Hex()); !strings.Contains(out, "complaints about election "+id+"'s shares closed at") {
		t.Fatalf("complain within a day of the start: %s", out)
	}
}

// TestRevealPeriodTold: the complaint deadline and the texts follow the contract's
// REVEAL_PERIOD, whatever it is.
func TestRevealPeriodTold(t *testing.T) {
	start := uint64(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC).Unix())
	tests := []struct {
		reveal time.Duration
		text   string
		closes string
	}{
		{24 * time.Hour, "a day", "2026-11-30T00:00:00Z"},
		{48 * time.Hour, "2 days", "2026-11-29T00:00:00Z"},
		{12 * time.Hour, "12 hours", "2026-11-30T12:00:00Z"},
		{time.Hour, "an hour", "2026-11-30T23:00:00Z"},
		{90 * time.Minute, "1h30m0s", "2026-11-30T22:30:00Z"},
	}
	for _, tt := range tests {
		if got := period(tt.reveal); got != tt.text {
			t.Errorf("period(%s) = %q, want %q", tt.reveal, got, tt.text)
		}
		el := &electionInfo{Start: start, RevealPeriod: tt.reveal}
		if got := complaintsClose(el).UTC().Format(time.RFC3339); got != tt.closes {
			t.Errorf("REVEAL_PERIOD %s: complaints close %s, want %s", tt.reveal, got, tt.closes)
		}
	}
}
