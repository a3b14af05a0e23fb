package cmd

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeTree creates files (path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// walkAll runs the walker and returns "rel" for each file found and
// "path: error" for each error, in walk order.
func walkAll(t *testing.T, w *walker, args ...string) (found, errs []string) {
	t.Helper()
	w.walk(context.Background(), args, func(in inputFile) bool {
		if in.err != nil {
			errs = append(errs, in.err.Error())
		} else {
			found = append(found, filepath.ToSlash(in.rel))
		}
		return true
	})
	return found, errs
}

func TestWalkerMirrorsAndFilters(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "news")
	writeTree(t, root, map[string]string{
		"a.txt":           "x",
		"B.HTML":          "x",
		"notes.md":        "x",
		".hidden.txt":     "x",
		".git/c.txt":      "x",
		"2024/d.htm":      "x",
		"2024/05/e.txt":   "x",
		"out/f.txt":       "x", // the output folder: skipped
		"z/.tmp/g.txt":    "x",
		"z/h.text":        "x",
		"z/manifest.json": "x",
	})
	// Symbolic links: to a folder above (a loop if followed), to a file,
	// a dangling one and one pointing at itself.
	links := map[string]string{
		"loop":         "..",
		"link.txt":     "a.txt",
		"dangling.txt": "missing.txt",
		"self.txt":     "self.txt",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(root, "2024", name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	writeTree(t, root, map[string]string{"2024/a.txt": "x"})
	out, err := os.Stat(filepath.Join(root, "out"))
	if err != nil {
		t.Fatal(err)
	}
	w, err := newWalker(defaultInclude, out)
	if err != nil {
		t.Fatal(err)
	}
	found, errs := walkAll(t, w, root)
	want := []string{"news/B.HTML", "news/a.txt", "news/2024/a.txt", "news/2024/d.htm", "news/2024/link.txt", "news/2024/05/e.txt", "news/z/h.text"}
	if !slices.Equal(found, want) {
		t.Errorf("found\n%q\nwant\n%q", found, want)
	}
	if len(errs) != 2 || !strings.Contains(errs[0], "dangling.txt") || !strings.Contains(errs[1], "self.txt") {
		t.Errorf("errors = %q, want the dangling and the self-looping link", errs)
	}
}

func TestWalkerSameOutputIsAnError(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"in/a.html": "x", "in/a.txt": "x", "in/b.txt": "x", "other/in/c.txt": "x"})
	w, err := newWalker(defaultInclude, nil)
	if err != nil {
		t.Fatal(err)
	}
	found, errs := walkAll(t, w, filepath.Join(dir, "in"), filepath.Join(dir, "other", "in"), filepath.Join(dir, "in", "b.txt"))
	if want := []string{"in/a.html", "in/b.txt", "b.txt"}; !slices.Equal(found, want) {
		t.Errorf("found %q, want %q", found, want)
	}
	if len(errs) != 2 || !strings.Contains(errs[0], "a.txt: same output as") || !strings.Contains(errs[1], "other/in: same output as") {
		t.Errorf("errors = %q, want a.txt and other/in refused", errs)
	}
}

func TestWalkerArguments(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"story.md": "x", ".dot/x.txt": "x"})
	w, err := newWalker("*.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	// A file named on the command line is read whatever its name; a
	// hidden folder named on the command line is walked.
	found, errs := walkAll(t, w, filepath.Join(dir, "story.md"), filepath.Join(dir, ".dot"), filepath.Join(dir, "missing.txt"))
	if want := []string{"story.md", ".dot/x.txt"}; !slices.Equal(found, want) {
		t.Errorf("found %q, want %q", found, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "missing.txt: no such file") {
		t.Errorf("errors = %q", errs)
	}
}

func TestWalkerStopsWhenCancelled(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": "x", "b.txt": "x", "c.txt": "x"})
	w, _ := newWalker(defaultInclude, nil)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	w.walk(ctx, []string{dir}, func(inputFile) bool { n++; cancel(); return true })
	if n != 1 {
		t.Errorf("visited %d files after cancel, want 1", n)
	}
}

func TestNewWalkerPatterns(t *testing.T) {
	tests := []struct {
		include string
		name    string
		match   bool
		bad     bool
	}{
		{include: "*.txt", name: "A.TXT", match: true},
		{include: " *.xml , *.txt ", name: "a.txt", match: true},
		{include: "*.txt", name: "a.txt.bak", match: false},
		{include: "case-[0-9]*.txt", name: "case-1.txt", match: true},
		{include: "[", bad: true},
		{include: " , ", bad: true},
	}
	for _, tt := range tests {
		w, err := newWalker(tt.include, nil)
		if tt.bad {
			var ue usageError
			if !errors.As(err, &ue) {
				t.Errorf("newWalker(%q) error = %v, want a usage error", tt.include, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("newWalker(%q): %v", tt.include, err)
		}
		if got := w.matches(tt.name); got != tt.match {
			t.Errorf("--include %q matches(%q) = %v, want %v", tt.include, tt.name, got, tt.match)
		}
	}
}

func TestMirrorName(t *testing.T) {
	tests := map[string]string{
		"news":          "news",
		"news/":         "news",
		"a/b/2024":      "2024",
		"story.txt":     "story.txt",
		"/":             "",
		"../x/./y/../z": "z",
	}
	for arg, want := range tests {
		if got := mirrorName(arg); got != want {
			t.Errorf("mirrorName(%q) = %q, want %q", arg, got, want)
		}
	}
}
