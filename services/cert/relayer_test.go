package cert

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// getJSON reads url into v.
func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

// TestRelayerIndexFollowsAnchoring: an office posts a batch's leaves before anchoring it;
// the plug-in learns of the anchoring from the registry's events, and a relayer started
// again on the same journal rebuilds the index from the stored leaves and the chain.
func TestRelayerIndexFollowsAnchoring(t *testing.T) {
	e := certCLI{t, network.Dir(t)}
	staff := network.Info(t).Staff.Address
	tmp := t.TempDir()
	files := writeFiles(t, tmp, [2]string{"a.txt", "납부 확인서 A"}, [2]string{"b.txt", "납부 확인서 B"})
	e.must(cmdkit.ExitOK, "", "", "office", "add", staff.Hex(), "--name", office)
	journalDir := filepath.Join(tmp, "journal")
	docs := make([]common.Hash, len(files))
	for i, f := range files {
		docs[i], _ = HashFile(f)
	}
	tree, err := NewTree(docs)
	if err != nil {
		t.Fatal(err)
	}
	root := tree.Root()

	// The first relayer's journal is closed when the subtest ends, as at a stop.
	t.Run("first relayer", func(t *testing.T) { firstRelayer(t, e, journalDir, files, docs, root) })

	// Started again on the same journal: the same answers, rebuilt from the stored leaves
	// and the chain's events.
	_, url := startRelayer(t, journalDir)
	var st batchStatus
	getJSON(t, url+"/v1/certs/batches/"+root.Hex(), &st)
	if !st.Posted || st.Documents != 2 || !st.Anchored || st.Office == nil || *st.Office != staff {
		t.Fatalf("after a restart: %+v", st)
	}
	var res Result
	getJSON(t, url+"/v1/certs/"+docs[0].Hex(), &res)
	if res.Verdict != Genuine {
		t.Fatalf("after a restart: %+v", res)
	}
	// A relayer with an empty journal knows the root is anchored, not its leaves.
	_, url = startRelayer(t, filepath.Join(tmp, "empty-journal"))
	getJSON(t, url+"/v1/certs/batches/"+root.Hex(), &st)
	if st.Posted || !st.Anchored {
		t.Fatalf("a relayer with an empty journal: %+v", st)
	}
	getJSON(t, url+"/v1/certs/batches/0x"+strings.Repeat("00", 32), &st)
	if st.Posted || st.Anchored {
		t.Fatalf("an unknown root: %+v", st)
	}
}

func firstRelayer(t *testing.T, e certCLI, journalDir string, files []string, docs []common.Hash, root common.Hash) {
	p, url := startRelayer(t, journalDir)
	if code := postBatch(t, url, officeToken, files...); code != http.StatusAccepted {
		t.Fatalf("post: %d", code)
	}
	var st batchStatus
	getJSON(t, url+"/v1/certs/batches/"+root.Hex(), &st)
	if !st.Posted || st.Documents != 2 || st.Anchored {
		t.Fatalf("posted, not anchored: %+v", st)
	}
	if c := p.Ready(context.Background())[0]; !c.OK || !strings.Contains(c.Detail, "1 not anchored yet") {
		t.Fatalf("ready: %+v", c)
	}
	var res Result
	getJSON(t, url+"/v1/certs/"+docs[0].Hex(), &res)
	if res.Verdict != Unknown {
		t.Fatalf("before anchoring: %+v", res)
	}

	e.must(cmdkit.ExitOK, "Issued 2", "", "issue", "--office", office, files[0], files[1])
	deadline := time.Now().Add(30 * time.Second)
	for getJSON(t, url+"/v1/certs/batches/"+root.Hex(), &st); !st.Anchored; getJSON(t, url+"/v1/certs/batches/"+root.Hex(), &st) {
		if time.Now().After(deadline) {
			t.Fatalf("the anchoring was not seen: %+v", st)
		}
		p.Tick(context.Background())
		time.Sleep(200 * time.Millisecond)
	}
	getJSON(t, url+"/v1/certs/"+docs[1].Hex(), &res)
	if res.Verdict != Genuine || res.Office == nil || res.Office.Name != office {
		t.Fatalf("after anchoring: %+v", res)
	}
}
