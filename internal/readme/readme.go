package readme

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

// Block is one fenced block of the README.
type Block struct {
	Line   int    // line of the opening fence, from 1
	Lang   string // the fence's info string
	Skip   string // the reason of a <!-- not run: REASON --> marker before it; "" if none
	Lines  []string
	Indent string
}

var (
	fence  = regexp.MustCompile("^(\\s*)```(\\S*)\\s*$")
	marker = regexp.MustCompile(`^\s*<!--\s*not run:\s*(.*?)\s*-->\s*$`)
	// A command of the binary, as an example shows it.
	command = regexp.MustCompile(`^\s*(bin/)?seoulchain(\s|$)`)
	heredoc = regexp.MustCompile(`<<-?\s*'?"?(\w+)'?"?`)
)

// Blocks returns the fenced blocks of a Markdown text.
func Blocks(text string) ([]Block, error) {
	var blocks []Block
	var cur *Block
	prev := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		m := fence.FindStringSubmatch(line)
		switch {
		case cur == nil && m != nil:
			cur = &Block{Line: n, Lang: m[2], Indent: m[1]}
			if mm := marker.FindStringSubmatch(prev); mm != nil {
				if mm[1] == "" {
					return nil, fmt.Errorf("README.md:%d: the marker before this block gives no reason: <!-- not run: WHY -->", n)
				}
				cur.Skip = mm[1]
			}
		case cur != nil && m != nil && m[2] == "":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.Lines = append(cur.Lines, strings.TrimPrefix(line, cur.Indent))
		}
		if strings.TrimSpace(line) != "" {
			prev = line
		}
	}
	if cur != nil {
		return nil, fmt.Errorf("README.md:%d: block not closed", cur.Line)
	}
	return blocks, sc.Err()
}

// Runs reports whether the block is one the test runs.
func (b Block) Runs() bool { return b.Lang == "sh" && b.Skip == "" }

// ShowsCommand reports whether the block shows a seoulchain command line.
func (b Block) ShowsCommand() bool {
	for _, l := range b.Lines {
		if command.MatchString(l) {
			return true
		}
	}
	return false
}

// Script returns the runnable blocks as one bash script that sets README_LINE to each
// command's line in the README before running it, so a failure names the README's line.
//
// A command written `! cmd` shows a refusal. Bash's errexit ignores a negated command, so
// a refusal that stopped happening would pass unnoticed: after each one the script checks
// its status itself and stops, naming the line, when the command succeeded.
func Script(blocks []Block) string {
	var s strings.Builder
	for _, b := range blocks {
		if !b.Runs() {
			continue
		}
		fmt.Fprintf(&s, "\n# README.md:%d\n", b.Line)
		inCommand, heredocEnd, refusal := false, "", 0
		for i, l := range b.Lines {
			n := b.Line + 1 + i
			switch {
			case heredocEnd != "":
				if strings.TrimSpace(l) == heredocEnd {
					heredocEnd = ""
				}
			case !inCommand && strings.TrimSpace(l) != "" && !strings.HasPrefix(strings.TrimSpace(l), "#"):
				fmt.Fprintf(&s, "README_LINE=%d; echo \"+ README.md:%d\" >&2\n", n, n)
				if strings.HasPrefix(strings.TrimSpace(l), "! ") {
					refusal = n
				}
			}
			s.WriteString(l + "\n")
			if heredocEnd == "" {
				if m := heredoc.FindStringSubmatch(l); m != nil {
					heredocEnd = m[1]
				}
				inCommand = strings.HasSuffix(strings.TrimRight(l, " "), "\\")
			}
			if refusal != 0 && !inCommand && heredocEnd == "" {
				fmt.Fprintf(&s, "[ $? -eq 0 ] || { echo \"README.md:%d: this command should have been refused, but it succeeded\" >&2; exit 1; }\n", refusal)
				refusal = 0
			}
		}
	}
	return s.String()
}

// shellLike reports whether a block of this info string holds command lines: the ones a
// marker must excuse when they are not run (text, json and toml blocks show output and files).
func shellLike(lang string) bool {
	switch lang {
	case "", "sh", "bash", "shell", "console":
		return true
	}
	return false
}
