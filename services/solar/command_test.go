package solar

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// startRelayer runs the real relayer, with this service's plug-in, on the package's devnet
// and returns its URL.
func startRelayer(t *testing.T, dir string) string {
	t.Helper()
	cfg := relayer.Config{Listen: "127.0.0.1:0", DataDir: filepath.Join(t.TempDir(), "relayer")}
	if err := relayer.DevnetConfig(&cfg, dir); err != nil {
		t.Fatal(err)
	}
	keys, err := relayer.LoadKeys(cfg)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := relayer.New(cfg, keys, []plugin.Plugin{NewRelayer()}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Stop(context.Background()) })
	return "http://" + svc.Addr()
}

// sleepUntil waits for the devnet's clock (the real one) to pass unix second ts.
func sleepUntil(ts int64) {
	if d := time.Until(time.Unix(ts+1, 0)); d > 0 {
		time.Sleep(d)
	}
}

// TestSolarCommands runs one interval of an area with 20-second intervals from meters to
// settlement as the market and metering operators (the staff key), a prosumer and a
// consumer household (their own keys) would; the consumer's bid goes through the relayer.
//
// alice (prosumer) asks 2 kWh at 120; bob bids 1.5 kWh at 150: 1.5 kWh at 135. alice
// delivers 1.8 kWh (0.3 over: the utility buys it at 100, 30 won); bob uses 1.5. bob pays
// 202.5 → 203 won and a fee of 15; alice receives 202.5 → 202 and 30. The utility (the
// staff key, the grid operator too) withdraws its deposit before the settlement: it pays
// alice 15 of the 30 from bob's fee and owes her 15, which solar collect pays: 1 won (the
// rounding remainder it received), then the rest once it has deposited again.
func TestSolarCommands(t *testing.T) {
	dir := network.Dir(t)
	info := network.Info(t)
	staff := cmdtest.StaffSender(t, dir)
	alice, bob := cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff)
	url := startRelayer(t, dir)
	city := []string{"--devnet", dir, "--no-relayer"}
	as := func(p cmdtest.Party) []string { return append([]string{"--devnet", dir, "--relayer", url}, p.Flags...) }
	area := fmt.Sprintf("test-%d", time.Now().UnixNano()%1_000_000)
	pv, home := "PV-"+area, "HOME-"+area

	must := func(code int, stdout, stderr string, args ...string) string {
		t.Helper()
		c, out, errOut := run(t, args...)
		if c != code || !strings.Contains(out, stdout) || !strings.Contains(errOut, stderr) {
			t.Fatalf("%v: exit %d\nstdout %s\nstderr %s\nwant exit %d, %q, %q", args, c, out, errOut, code, stdout, stderr)
		}
		return out
	}
	must(cmdkit.ExitOK, "Done: register area "+area, "", append(city, "solar", "area", "add", area, "--interval", "20s", "--gate-closure", "5s")...)
	must(cmdkit.ExitFailed, "", "SolarAreaExists", append(city, "solar", "area", "add", area, "--interval", "20s", "--gate-closure", "5s")...)
	must(cmdkit.ExitUsage, "", "--area: area \"Mapo 1\": only lower-case letters", append(city, "solar", "next", "--area", "Mapo 1")...)
	must(cmdkit.ExitOK, "Done: register prosumer meter", "", append(city, "solar", "meter", "add", pv, "--owner", alice.Addr.Hex(), "--kind", "prosumer", "--area", area)...)
	must(cmdkit.ExitOK, "Done: register consumer meter", "", append(city, "solar", "meter", "add", home, "--owner", bob.Addr.Hex(), "--kind", "consumer", "--area", area)...)
	must(cmdkit.ExitOK, "already registered", "", append(city, "solar", "meter", "add", home, "--owner", bob.Addr.Hex(), "--kind", "consumer", "--area", area)...)
	must(cmdkit.ExitUsage, "", "--kind: meter kind \"solar\": want prosumer or consumer", append(city, "solar", "meter", "add", "X", "--owner", bob.Addr.Hex(), "--kind", "solar", "--area", area)...)
	var meters []meterRow
	json.Unmarshal([]byte(must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "meter", "list", "--area", area)...)), &meters)
	if len(meters) != 2 || meters[0].Owner != alice.Addr || meters[1].Kind != "consumer" || meters[0].Area != area {
		t.Fatalf("meter list: %+v", meters)
	}

	for i, p := range []cmdtest.Party{alice, bob} {
		must(cmdkit.ExitOK, "Done", "", append(city, "krw", "mint", "--to", p.Addr.Hex(), "--amount", "10,000", "--ref", fmt.Sprintf("SOLAR-%s-%d", area, i))...)
		must(cmdkit.ExitOK, "deposit 5,000 won", "", append(as(p), "--no-relayer", "solar", "deposit", "5,000")...)
	}
	must(cmdkit.ExitOK, "", "", append(city, "krw", "mint", "--to", info.Staff.Address.Hex(), "--amount", "1,000", "--ref", "SOLAR-UTILITY-"+area)...)
	must(cmdkit.ExitOK, "deposit 1,000 won", "", append(city, "solar", "deposit", "1000")...) // the utility's, to buy excess
	must(cmdkit.ExitFailed, "", "short of the 100,000 to deposit", append(as(bob), "--no-relayer", "solar", "deposit", "100,000")...)

	var next struct{ Interval, GateClosure, Start, End int64 }
	json.Unmarshal([]byte(must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "next", "--area", area)...)), &next)
	k := fmt.Sprint(next.Interval)
	order := func(p cmdtest.Party, side, meter, kwh, price string) []string {
		return append(as(p), "solar", "order", side, meter, "--area", area, "--interval", k, "--kwh", kwh, "--price", price)
	}
	later := func(args []string) []string { // the same order for the interval after
		args = append([]string{}, args...)
		for i := range args {
			if args[i] == "--interval" {
				args[i+1] = fmt.Sprint(next.Interval + 1)
			}
		}
		return args
	}
	out := must(cmdkit.ExitOK, "gasless: relayed by", "", order(bob, "bid", home, "1.5", "150")...)
	if !strings.Contains(out, "Order #") {
		t.Fatalf("the order's number is not shown:\n%s", out)
	}
	must(cmdkit.ExitOK, "Done: ask 2 kWh at 120 won/kWh", "", order(alice, "ask", pv, "2", "120")...)
	must(cmdkit.ExitFailed, "", "SolarOrderExists", order(bob, "bid", home, "1", "150")...)
	must(cmdkit.ExitFailed, "", "SolarNotMeterOwner", later(order(alice, "bid", home, "1", "150"))...)
	must(cmdkit.ExitFailed, "", "SolarWrongSide", later(order(bob, "ask", home, "1", "150"))...)
	must(cmdkit.ExitFailed, "", "SolarPriceOutOfRange", later(order(alice, "ask", pv, "1", "250"))...)
	must(cmdkit.ExitUsage, "", "--kwh \"1.2345\": want a positive quantity in kWh with at most 3 decimals", order(bob, "bid", home, "1.2345", "150")...)
	must(cmdkit.ExitFailed, "", "SolarGateOpen", append(city, "solar", "clear", k, "--area", area)...)

	sleepUntil(next.GateClosure)
	must(cmdkit.ExitFailed, "", "SolarGateClosed", order(alice, "ask", pv, "1", "120")...)
	must(cmdkit.ExitOK, "clear interval "+k+" of "+area+": 1.5 kWh matched at 135 won/kWh among 2 orders", "", append(city, "solar", "clear", k, "--area", area)...)
	must(cmdkit.ExitOK, "already cleared at 135 won/kWh", "", append(city, "solar", "clear", k, "--area", area)...)

	csv := filepath.Join(t.TempDir(), "readings.csv")
	os.WriteFile(csv, []byte(fmt.Sprintf("meter,interval,wh\n%s,%s,1800\n%s,%s,1500\n", pv, k, home, k)), 0o644)
	must(cmdkit.ExitFailed, "", "SolarIntervalNotOver", append(city, "solar", "readings", "post", "--csv", csv)...)
	must(cmdkit.ExitFailed, "", "SolarIntervalNotOver", append(city, "solar", "readings", "post", "--csv", csv, "--dry-run")...)
	for _, bad := range [][]string{{"--in-flight", "0", "--in-flight 0: want 1 to 1,024"}, {"--in-flight", "1025", "--in-flight 1025: want 1 to 1,024"},
		{"--batch-size", "0", "--batch-size 0: want at least 1"}} {
		must(cmdkit.ExitUsage, "", bad[2], append(city, "solar", "readings", "post", "--csv", csv, bad[0], bad[1])...)
	}
	sleepUntil(next.End)
	must(cmdkit.ExitOK, "Dry run: 2 readings in "+csv+" would be posted in 1 transaction", "", append(city, "solar", "readings", "post", "--csv", csv, "--dry-run")...)
	must(cmdkit.ExitFailed, "", "SolarReadingMissing", append(city, "solar", "settle", k, "--area", area)...)
	// Each batch goes to every node of the devnet, and the output says so, as the other bulk commands'.
	nodes := len(info.Nodes)
	must(cmdkit.ExitOK, fmt.Sprintf("Posted 2 of 2 readings in %s in 1 transaction.\nBatches went to %d of %d nodes.", csv, nodes, nodes), "",
		append(city, "solar", "readings", "post", "--csv", csv, "--progress-dir", t.TempDir())...)
	must(cmdkit.ExitOK, "2 readings were already posted", "", append(city, "solar", "readings", "post", "--csv", csv, "--progress-dir", t.TempDir())...)
	var again struct {
		Posted, AlreadyPosted int
		Nodes                 *bulk.NodeCount
	}
	json.Unmarshal([]byte(must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "readings", "post", "--csv", csv, "--progress-dir", t.TempDir())...)), &again)
	if again.AlreadyPosted != 2 || again.Nodes == nil || again.Nodes.To != nodes || again.Nodes.Of != nodes {
		t.Fatalf("readings post --json again: %+v (nodes %v), want 2 already posted, %d of %d nodes", again, again.Nodes, nodes, nodes)
	}
	must(cmdkit.ExitOK, "withdraw 1,000 won", "", append(city, "solar", "withdraw", "1000")...) // the utility short
	must(cmdkit.ExitOK, "Done: settle interval "+k, "", append(city, "solar", "settle", k, "--area", area)...)
	must(cmdkit.ExitOK, "already settled", "", append(city, "solar", "settle", k, "--area", area)...)

	out = must(cmdkit.ExitOK, "recomputed from events: the same", "", append(city, "solar", "show", k, "--area", area)...)
	if !strings.Contains(out, "settled") || !strings.Contains(out, "1.8") {
		t.Fatalf("show:\n%s", out)
	}
	var v intervalView
	json.Unmarshal([]byte(must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "show", k, "--area", area)...)), &v)
	if v.State != "settled" || v.Price != 135 || v.RecomputedSame == nil || !*v.RecomputedSame || len(v.Orders) != 2 {
		t.Fatalf("show --json: %+v", v)
	}
	// The utility owes alice 15 won: her statement shows it, and solar collect pays it once the
	// utility has money beyond what it owes.
	month := time.Unix(next.Start, 0).In(seoul).Format("2006-01")
	var owedSt struct {
		Intervals []struct{ UtilityWon, UtilityDebtPaidWon, OwedByUtilityWon, NetWon string }
	}
	json.Unmarshal([]byte(must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "statement", pv, "--month", month)...)), &owedSt)
	if l := owedSt.Intervals; len(l) != 1 || l[0].UtilityWon != "15" || l[0].OwedByUtilityWon != "15" || l[0].UtilityDebtPaidWon != "0" || l[0].NetWon != "217" {
		t.Fatalf("alice's statement with the utility's debt: %+v", owedSt)
	}
	must(cmdkit.ExitOK, "15 won still owed", "", append(city, "solar", "statement", pv, "--month", month)...)
	must(cmdkit.ExitOK, "15 won (solar collect)", "", append(city, "solar", "balance", alice.Addr.Hex())...)
	must(cmdkit.ExitOK, "owes "+alice.Addr.Hex()+" nothing", "", append(city, "solar", "collect", alice.Addr.Hex(), "--utility", bob.Addr.Hex())...)
	must(cmdkit.ExitUsage, "", "--utility", append(city, "solar", "balance", alice.Addr.Hex(), "--utility", "nobody")...)
	// The utility holds 1 won, the settlement's rounding remainder (it is the grid operator):
	// it pays that much, then nothing until it deposits again.
	must(cmdkit.ExitOK, "amount: 1", "", append(city, "solar", "collect", alice.Addr.Hex())...)
	must(cmdkit.ExitOK, "14 won (solar collect)", "", append(city, "solar", "balance", alice.Addr.Hex())...)
	must(cmdkit.ExitFailed, "", "SolarInsufficientDeposit", append(city, "solar", "collect", alice.Addr.Hex())...)
	must(cmdkit.ExitOK, "deposit 1,000 won", "", append(city, "solar", "deposit", "1000")...)
	// The utility owns a meter too: holding 1,000 won and owing alice 14, its orders lock
	// (and it withdraws) only the 986 beyond its debt, refused before anything is sent.
	staffMeter := "CITY-" + area
	must(cmdkit.ExitOK, "Done: register consumer meter", "", append(city, "solar", "meter", "add", staffMeter, "--owner", info.Staff.Address.Hex(), "--kind", "consumer", "--area", area)...)
	must(cmdkit.ExitOK, "986 won beyond its debts", "", append(city, "solar", "balance", info.Staff.Address.Hex())...)
	staffOrder := func(kwh string) []string {
		return append(city, "solar", "order", "bid", staffMeter, "--area", area, "--interval", "next", "--kwh", kwh, "--price", "190")
	}
	must(cmdkit.ExitFailed, "", "owes households 14 won as the utility and takes only what it holds beyond that: 986 won of its 1,000 won free (SolarUtilityInDebt). Nothing sent",
		staffOrder("5")...) // 950 + 50 of grid fee: 1,000
	must(cmdkit.ExitFailed, "", "(SolarInsufficientDeposit). Nothing sent", staffOrder("6")...)
	must(cmdkit.ExitFailed, "", "(SolarUtilityInDebt)", append(city, "solar", "withdraw", "987")...)
	must(cmdkit.ExitOK, "Order #", "", staffOrder("4.9")...) // 931 + 49: 980
	var staffBal struct{ Locked, Available, UtilityDebt string }
	json.Unmarshal([]byte(must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "balance", info.Staff.Address.Hex())...)), &staffBal)
	if staffBal.Locked != "980" || staffBal.Available != "6" || staffBal.UtilityDebt != "14" {
		t.Fatalf("the utility's balance with its order: %+v, want 980 locked, 6 available, 14 owed", staffBal)
	}
	must(cmdkit.ExitOK, "pay the utility's 1 oldest debts (14 won in all), through the 14 won it owes "+alice.Addr.Hex(), "",
		append(city, "solar", "collect", alice.Addr.Hex(), "--utility", info.Staff.Address.Hex())...)
	for _, want := range []struct {
		p   cmdtest.Party
		won int64
	}{{alice, 5000 + 202 + 30}, {bob, 5000 - 203 - 15}} {
		var b struct{ Balance, Locked string }
		json.Unmarshal([]byte(must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "balance", want.p.Addr.Hex())...)), &b)
		if b.Balance != big.NewInt(want.won).String() || b.Locked != "0" {
			t.Errorf("balance of %s: %+v, want %d", want.p.Addr.Hex(), b, want.won)
		}
	}
	must(cmdkit.ExitOK, "withdraw 4,782 won", "", append(as(bob), "--no-relayer", "solar", "withdraw", "4782")...)

	// The month's statements, from the events: alice sold 1.5 kWh at 135 for 202 won and the
	// utility bought her 0.3 kWh excess at 100 for 30 (15 at settlement, 15 since): +232; bob
	// bought 1.5 kWh for 203 won and paid 15 won of grid fee (1.5 × 10): −218. Both as the
	// balances above.
	type line struct {
		Interval                                                                             uint64
		Price                                                                                uint64 `json:"priceWonPerKwh"`
		BoughtKwh, SoldKwh, ReadingKwh, PaidWon, ReceivedWon, UtilityWon, GridFeeWon, NetWon string
		UtilityDebtPaidWon, OwedByUtilityWon                                                 string
	}
	type stmt struct {
		Owner     common.Address
		Kind      string
		Area      string
		Month     string
		Intervals []line
		Total     struct {
			NetWon                    string
			Intervals                 int
			AverageSellPriceWonPerKwh uint64
		}
	}
	checkStatement := func(who, out string, want [10]string) stmt {
		t.Helper()
		var st stmt
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("statement of %s: %v\n%s", who, err, out)
		}
		if len(st.Intervals) != 1 || st.Intervals[0].Interval != uint64(next.Interval) || st.Intervals[0].Price != 135 || st.Month != month || st.Area != area {
			t.Fatalf("statement of %s: %s", who, out)
		}
		l := st.Intervals[0]
		got := [10]string{l.BoughtKwh, l.SoldKwh, l.ReadingKwh, l.PaidWon, l.ReceivedWon, l.UtilityWon, l.UtilityDebtPaidWon, l.OwedByUtilityWon, l.GridFeeWon, l.NetWon}
		if got != want || st.Total.NetWon != want[9] || st.Total.Intervals != 1 {
			t.Errorf("statement of %s: bought, sold, reading, paid, received, utility, debt paid, owed, fee, net = %v, want %v\n%s", who, got, want, out)
		}
		return st
	}
	alices := checkStatement("alice", must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "statement", pv, "--month", month)...),
		[10]string{"0", "1.5", "1.8", "0", "202", "15", "15", "0", "0", "232"})
	if alices.Total.AverageSellPriceWonPerKwh != 134 || alices.Kind != "prosumer" || alices.Owner != alice.Addr { // 202 won / 1.5 kWh, rounded down
		t.Errorf("alice's statement: %+v", alices)
	}
	bobJSON := must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "statement", home, "--month", month)...)
	checkStatement("bob", bobJSON, [10]string{"1.5", "0", "1.5", "203", "0", "0", "0", "0", "15", "-218"})
	out = must(cmdkit.ExitOK, "1.5 kWh for 202 won", "", append(city, "solar", "statement", pv, "--month", month)...)
	for _, want := range []string{"GRID FEE", "DEBT PAID", "OWED", "total", "232 won", "15 won paid since settlement, 0 won still owed"} {
		if !strings.Contains(out, want) {
			t.Errorf("statement table lacks %q:\n%s", want, out)
		}
	}
	must(cmdkit.ExitOK, "No settled interval of this meter in 2020-01", "", append(city, "solar", "statement", pv, "--month", "2020-01")...)
	must(cmdkit.ExitUsage, "", "--month: month \"2026-13\": want YYYY-MM", append(city, "solar", "statement", pv, "--month", "2026-13")...)
	must(cmdkit.ExitUsage, "", "is not registered", append(city, "solar", "statement", "NO-SUCH-METER", "--month", month)...)

	// The utility's deposit paid alice's excess: it owes her nothing, and says so.
	must(cmdkit.ExitOK, "owes "+alice.Addr.Hex()+" nothing", "", append(city, "solar", "collect", alice.Addr.Hex())...)
	var bal struct{ Balance, OwedByUtility, UtilityDebt string }
	if err := json.Unmarshal([]byte(must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "balance", info.Staff.Address.Hex())...)), &bal); err != nil ||
		bal.OwedByUtility != "0" || bal.UtilityDebt != "0" {
		t.Errorf("the utility's balance: %+v, %v", bal, err)
	}

	// The household's app reads the same over HTTP.
	get := func(path string, status int, into any) {
		t.Helper()
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != status {
			t.Fatalf("GET %s: %d %s, want %d", path, resp.StatusCode, body, status)
		}
		if into != nil {
			if err := json.Unmarshal(body, into); err != nil {
				t.Fatalf("GET %s: %v\n%s", path, err, body)
			}
		}
	}
	// The same documents as the command's --json (the interval is settled: nothing changes).
	same := func(path, cli string) {
		t.Helper()
		var got, want any
		get(path, http.StatusOK, &got)
		json.Unmarshal([]byte(cli), &want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("GET %s: %v\nwant as the command: %s", path, got, cli)
		}
	}
	same("/v1/energy/intervals/"+k+"?area="+area, must(cmdkit.ExitOK, "", "", append(city, "--json", "solar", "show", k, "--area", area)...))
	same("/v1/energy/meters/"+home+"/statement?month="+month, bobJSON)
	get("/v1/energy/intervals/"+k, http.StatusBadRequest, nil)
	get("/v1/energy/intervals/x?area="+area, http.StatusBadRequest, nil)
	get("/v1/energy/intervals/"+k+"?area=no-such-area", http.StatusNotFound, nil)
	get("/v1/energy/meters/"+home+"/statement?month=12-2026", http.StatusBadRequest, nil)
	get("/v1/energy/meters/NO-SUCH-METER/statement?month="+month, http.StatusNotFound, nil)

	// The interval route answers from the followed events: the market's are read from
	// block 0 once, then only from the blocks mined since; an order posted in between shows.
	ec, err := ethclient.Dial(info.Nodes[0].HTTP)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	node := &countingNode{ContractBackend: ec}
	mk, err := NewMarket(info.Contracts[deploy.SolarMarket], node)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	for _, r := range (&Relayer{mk: mk}).Routes() {
		mux.HandleFunc(r.Method+" "+r.Path, r.Handler)
	}
	routes := httptest.NewServer(mux)
	t.Cleanup(routes.Close)
	type view struct {
		State  string
		Orders []struct{ ID int64 }
	}
	interval := func(k int64) (v view) {
		t.Helper()
		resp, err := http.Get(fmt.Sprintf("%s/intervals/%d?area=%s", routes.URL, k, area))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if err := json.NewDecoder(resp.Body).Decode(&v); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("GET interval %d: %d %v", k, resp.StatusCode, err)
		}
		return v
	}
	if v, froms := interval(next.Interval), node.reads(); len(v.Orders) != 2 || v.State != "settled" || len(froms) == 0 || froms[0] != 0 {
		t.Fatalf("interval %d from the follower: %d orders, %s; read from blocks %v", next.Interval, len(v.Orders), v.State, froms)
	}
	var posted struct{ Order, Interval int64 }
	json.Unmarshal([]byte(must(cmdkit.ExitOK, "", "", append(as(alice), "--json", "solar", "order", "ask", pv, "--area", area, "--interval", "next", "--kwh", "1", "--price", "120")...)), &posted)
	if v := interval(posted.Interval); len(v.Orders) == 0 || v.Orders[len(v.Orders)-1].ID != posted.Order || v.State != "open" {
		t.Fatalf("interval %d after order #%d: %+v", posted.Interval, posted.Order, v)
	}
	if froms := node.reads()[1:]; len(froms) == 0 || slices.Contains(froms, 0) {
		t.Fatalf("the second request read the market's events from blocks %v: want only the blocks mined since the first", froms)
	}
}

// countingNode is a node that records the first block of every read of logs.
type countingNode struct {
	bind.ContractBackend
	mu    sync.Mutex
	froms []uint64
}

func (n *countingNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.mu.Lock()
	from := uint64(0)
	if q.FromBlock != nil {
		from = q.FromBlock.Uint64()
	}
	n.froms = append(n.froms, from)
	n.mu.Unlock()
	return n.ContractBackend.FilterLogs(ctx, q)
}

func (n *countingNode) reads() []uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.froms)
}
