package readme

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
)

// root is the repository's top folder (this package is internal/readme).
const root = "../.."

// TestBlocks checks the parser and the marker rules on a small text.
func TestBlocks(t *testing.T) {
	text := "intro\n\n```sh\nseoulchain a \\\n  --b\ncat > f <<EOF\nseoulchain not a command\nEOF\n```\n\n<!-- not run: needs a real network -->\n```sh\nseoulchain node run\n```\n\n```json\n{}\n```\n\n   ```sh\n   seoulchain indented\n   ```\n"
	blocks, err := Blocks(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(blocks) != 4 || !blocks[0].Runs() || blocks[1].Runs() || blocks[1].Skip != "needs a real network" || blocks[2].Runs() || blocks[2].ShowsCommand() || blocks[3].Lines[0] != "seoulchain indented" {
		t.Fatalf("blocks: %+v", blocks)
	}
	script := Script(blocks)
	for _, want := range []string{"README_LINE=4;", "README_LINE=6;", "README_LINE=21;"} {
		if !strings.Contains(script, want) {
			t.Errorf("script lacks %q:\n%s", want, script)
		}
	}
	for _, not := range []string{"README_LINE=5;", "README_LINE=7;", "README_LINE=13;"} {
		if strings.Contains(script, not) {
			t.Errorf("script has %q inside a command, a heredoc or a skipped block:\n%s", not, script)
		}
	}
	if _, err := Blocks("<!-- not run: -->\n```sh\nx\n```\n"); err == nil {
		t.Error("a marker without a reason was accepted")
	}
}

// TestREADMEExamples runs the README's example blocks in order on a fresh devnet, as its
// reader would after `make run`: the real binary, started as `bin/seoulchain devnet`, and
// bash. Every command must exit 0; a failure names its README line.
func TestREADMEExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	for _, tool := range []string{"bash", "curl", "jq", "openssl"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("the README's examples use %s: install it", tool)
			}
			t.Skipf("the README's examples use %s, which is not installed", tool)
		}
	}
	raw, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := Blocks(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range blocks {
		if !b.Runs() && b.Skip == "" && shellLike(b.Lang) && b.ShowsCommand() {
			t.Errorf("README.md:%d: a ```%s block shows seoulchain commands: make it ```sh (this test runs it) or put <!-- not run: WHY --> on the line before it", b.Line, b.Lang)
		}
	}
	script := Script(blocks)
	if t.Failed() || script == "" {
		t.FailNow()
	}

	work := t.TempDir()
	bin := filepath.Join(work, "bin")
	build := exec.Command("go", "build", "-o", bin+"/", "./cli/seoulchain")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	stopDevnet := startDevnet(t, work)
	defer stopDevnet()

	prelude := "set -eo pipefail\ntrap 'echo \"README.md:$README_LINE: this command failed (exit $?)\" >&2' ERR\n"
	os.WriteFile(filepath.Join(work, "readme.sh"), []byte(prelude+script), 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute) // eleven walk-throughs, some waiting out a term
	defer cancel()
	sh := exec.CommandContext(ctx, "bash", "readme.sh")
	sh.Dir = work
	sh.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	var out bytes.Buffer
	sh.Stdout, sh.Stderr = &out, &out
	start := time.Now()
	err = sh.Run()
	t.Logf("the README's examples ran in %s", time.Since(start).Round(time.Second))
	if err != nil {
		t.Fatalf("README examples: %v\n%s", err, tail(out.String(), 80))
	}
	// Key outputs the README's comments promise.
	for _, want := range []string{"Created contract #1 (3 payees, 2 milestones)", "Created election #1", "gasless: relayed by"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the README's examples did not print %q:\n%s", want, tail(out.String(), 80))
		}
	}
}

// startDevnet runs `bin/seoulchain devnet --datadir .devnet` in work on free ports, as
// `make run` does, waits until it is up and returns what stops it.
func startDevnet(t *testing.T, work string) (stop func()) {
	t.Helper()
	http, p2p, rel := devnettest.FreePorts(t, 6), devnettest.FreePorts(t, 3), devnettest.FreePorts(t, 1)
	cmd := exec.Command(filepath.Join(work, "bin", "seoulchain"), "devnet", "--datadir", ".devnet",
		"--http.port", fmt.Sprint(http), "--port", fmt.Sprint(p2p), "--relayer.port", fmt.Sprint(rel))
	cmd.Dir = work
	var logs bytes.Buffer
	cmd.Stderr = &logs
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	up := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "seoulchain devnet is up") {
				close(up)
				break
			}
		}
		io.Copy(io.Discard, stdout)
		done <- cmd.Wait()
	}()
	stop = func() {
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}
	select {
	case <-up:
		return stop
	case err := <-done:
		t.Fatalf("the devnet stopped: %v\n%s", err, tail(logs.String(), 40))
	case <-time.After(4 * time.Minute):
		stop()
		t.Fatalf("the devnet was not up after 4 minutes\n%s", tail(logs.String(), 40))
	}
	return stop
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// TestScriptRefusals runs the script of a block whose `! cmd` lines show refusals: a
// command that fails passes, and one that succeeds stops the script naming its line.
func TestScriptRefusals(t *testing.T) {
	tests := []struct {
		name, block string
		wantErr     string
	}{
		{"refused", "! false\necho after\n", ""},
		{"refused over two lines", "! test 1 \\\n  -eq 2   # a comment\necho after\n", ""},
		{"succeeded", "true\n! true\necho after\n", "README.md:3: this command should have been refused"},
		{"succeeded with a heredoc", "! cat <<EOF\nx\nEOF\necho after\n", "README.md:2: this command should have been refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, err := Blocks("```sh\n" + tt.block + "```\n")
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("bash", "-e", "-o", "pipefail", "-c", Script(blocks))
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			switch {
			case tt.wantErr == "" && (err != nil || !strings.Contains(string(out), "after")):
				t.Fatalf("err %v, out %q, stderr %s", err, out, stderr.String())
			case tt.wantErr != "" && (err == nil || strings.Contains(string(out), "after") || !strings.Contains(stderr.String(), tt.wantErr)):
				t.Fatalf("want %q; err %v, out %q, stderr %s", tt.wantErr, err, out, stderr.String())
			}
		})
	}
}
