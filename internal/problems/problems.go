package problems

import (
	"fmt"
	"strings"
)

// Problem is one defect and where it is ("line 7 amount", "payees[2]").
type Problem struct {
	Where string `json:"where"`
	What  string `json:"what"`
}

// FileError lists every problem of a file. It unwraps to Kind, the caller's sentinel.
type FileError struct {
	File     string
	Kind     error
	Problems []Problem
	// Outcome says what did not happen: "nothing sent" when empty.
	Outcome string
}

func (e *FileError) Error() string {
	outcome := e.Outcome
	if outcome == "" {
		outcome = "nothing sent"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d problem(s), %s:", e.File, len(e.Problems), outcome)
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "\n  %s: %s", p.Where, p.What)
	}
	return b.String()
}

func (e *FileError) Unwrap() error { return e.Kind }

// List gathers the problems of one file.
type List struct {
	File    string
	Kind    error
	Outcome string // see FileError
	list    []Problem
}

// Add records a problem at where.
func (l *List) Add(where, format string, args ...any) {
	l.list = append(l.list, Problem{Where: where, What: fmt.Sprintf(format, args...)})
}

// Len is the number of problems so far.
func (l *List) Len() int { return len(l.list) }

// Err is nil for a clean file, else a *FileError with every problem.
func (l *List) Err() error {
	if len(l.list) == 0 {
		return nil
	}
	return &FileError{File: l.File, Kind: l.Kind, Problems: l.list, Outcome: l.Outcome}
}
