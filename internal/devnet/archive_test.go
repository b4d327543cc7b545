package devnet

import (
	"path/filepath"
	"testing"
)

// TestArchiveReachesNodes: Config.Archive (devnet --archive) is each node's Archive, on
// (the default: a devnet killed outright resumes) and off (--archive=false: less disk).
func TestArchiveReachesNodes(t *testing.T) {
	for _, archive := range []bool{true, false} {
		cfg := DefaultConfig()
		cfg.DataDir = filepath.Join(t.TempDir(), "devnet")
		cfg.Signers = 2
		cfg.Archive = archive
		n, err := New(cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n.info, err = n.setup(); err != nil {
			t.Fatal(err)
		}
		cfgs, err := n.nodeConfigs()
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range cfgs {
			if c.Archive != archive {
				t.Errorf("archive %v: node %d has Archive %v", archive, i+1, c.Archive)
			}
		}
	}
	if !DefaultConfig().Archive {
		t.Error("the default config is not archive: a devnet killed outright would lose its contracts")
	}
}
