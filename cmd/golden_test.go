package cmd

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
	"gopkg.in/yaml.v3"
)

var update = flag.Bool("update", false, "rewrite the want.yaml sections of testdata/**/*.txtar")

// TestGolden runs every testdata/**/*.txtar case through the command line.
//
// A case holds an input section (input.txt, input.html, or input.jsonl),
// an optional "flags:" line in its comment, an optional hand-written
// expect.yaml (a subset of fields that must hold whatever -update does),
// and want.yaml, the whole output, which -update rewrites.
func TestGolden(t *testing.T) {
	var files []string
	err := filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".txtar") || isPairInput(path)) {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden cases found")
	}
	for _, file := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(file, "../testdata/"), filepath.Ext(file))
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			runGolden(t, file)
		})
	}
}

// isPairInput reports whether path is an input file kept verbatim beside
// its golden output (the seed: NAME.txt beside NAME.yaml).
func isPairInput(path string) bool {
	ext := filepath.Ext(path)
	if ext != ".txt" && ext != ".html" {
		return false
	}
	_, err := os.Stat(strings.TrimSuffix(path, ext) + ".yaml")
	return err == nil
}

// loadCase reads a txtar case, or builds one from an input file and the
// NAME.yaml (want) and NAME.expect.yaml files beside it.
func loadCase(file string) (*txtar.Archive, error) {
	if strings.HasSuffix(file, ".txtar") {
		return txtar.ParseFile(file)
	}
	ext := filepath.Ext(file)
	base := strings.TrimSuffix(file, ext)
	in, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	ar := &txtar.Archive{Files: []txtar.File{{Name: "input" + ext, Data: in}}}
	if flags, err := os.ReadFile(base + ".flags"); err == nil {
		ar.Comment = append([]byte("flags: "), flags...)
	}
	for _, s := range []string{"expect.yaml", "want.yaml"} {
		name := base + ".yaml"
		if s == "expect.yaml" {
			name = base + ".expect.yaml"
		}
		if data, err := os.ReadFile(name); err == nil {
			ar.Files = append(ar.Files, txtar.File{Name: s, Data: data})
		}
	}
	return ar, nil
}

// saveCase writes the case back: the txtar, or the want file beside the input.
func saveCase(file string, ar *txtar.Archive) error {
	if strings.HasSuffix(file, ".txtar") {
		return os.WriteFile(file, txtar.Format(ar), 0o644)
	}
	return os.WriteFile(strings.TrimSuffix(file, filepath.Ext(file))+".yaml", section(ar, "want.yaml"), 0o644)
}

func runGolden(t *testing.T, file string) {
	ar, err := loadCase(file)
	if err != nil {
		t.Fatal(err)
	}
	inName, in := inputSection(ar)
	if in == nil {
		t.Fatalf("%s: no input.* section", file)
	}
	args := append([]string{"parse"}, caseFlags(ar.Comment)...)
	args = append(args, "-")
	var stdout, stderr bytes.Buffer
	code := Main(args, bytes.NewReader(in), &stdout, &stderr)
	got := stdout.Bytes()
	if code != 0 {
		got = append(got, fmt.Sprintf("# exit %d\n# stderr: %s", code, stderr.String())...)
	}
	if exp := section(ar, "expect.yaml"); exp != nil {
		checkExpect(t, file, inName, exp, got)
	}
	want := section(ar, "want.yaml")
	if bytes.Equal(got, want) {
		return
	}
	if !*update {
		t.Fatalf("%s: output differs (-want +got):\n%s", file, lineDiff(string(want), string(got)))
	}
	setSection(ar, "want.yaml", got)
	if err := saveCase(file, ar); err != nil {
		t.Fatal(err)
	}
	t.Logf("updated %s", file)
}

func inputSection(ar *txtar.Archive) (string, []byte) {
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "input.") {
			return f.Name, f.Data
		}
	}
	return "", nil
}

// caseFlags reads "flags: --date 2022-02-25 --from html" from the comment.
func caseFlags(comment []byte) []string {
	for _, l := range strings.Split(string(comment), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(l), "flags:"); ok {
			return strings.Fields(rest)
		}
	}
	return nil
}

func section(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

func setSection(ar *txtar.Archive, name string, data []byte) {
	for i := range ar.Files {
		if ar.Files[i].Name == name {
			ar.Files[i].Data = data
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: data})
}

// checkExpect compares the hand-written subset in expect.yaml with the
// output. body_first and body_last name the first and last body paragraph.
func checkExpect(t *testing.T, file, inName string, exp, got []byte) {
	t.Helper()
	var want, have map[string]any
	if err := yaml.Unmarshal(exp, &want); err != nil {
		t.Fatalf("%s: expect.yaml: %v", file, err)
	}
	if err := yaml.Unmarshal(got, &have); err != nil {
		t.Fatalf("%s: output is not YAML: %v\n%s", file, err, got)
	}
	if body, ok := have["body"].([]any); ok && len(body) > 0 {
		have["body_first"], have["body_last"] = body[0], body[len(body)-1]
	}
	for _, k := range sortedKeys(want) {
		if !sameValue(want[k], have[k]) {
			t.Errorf("%s: %s = %s, want %s", file, k, show(have[k]), show(want[k]))
		}
	}
}

// sameValue compares YAML values, treating a map in want as a subset.
func sameValue(want, have any) bool {
	if wm, ok := want.(map[string]any); ok {
		hm, ok := have.(map[string]any)
		if !ok {
			return false
		}
		for k, v := range wm {
			if !sameValue(v, hm[k]) {
				return false
			}
		}
		return true
	}
	if wl, ok := want.([]any); ok {
		hl, ok := have.([]any)
		if !ok || len(wl) != len(hl) {
			return len(wl) == 0 && have == nil
		}
		for i := range wl {
			if !sameValue(wl[i], hl[i]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(want, have)
}

func show(v any) string {
	b, _ := yaml.Marshal(v)
	return strings.TrimSpace(string(b))
}

func sortedKeys(m map[string]any) []string { return slices.Sorted(maps.Keys(m)) }

// lineDiff shows the lines that differ, with a few lines of context.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var sb strings.Builder
	n := max(len(w), len(g))
	for i := 0; i < n; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			if i < len(w) {
				fmt.Fprintf(&sb, "-%d: %s\n", i+1, a)
			}
			if i < len(g) {
				fmt.Fprintf(&sb, "+%d: %s\n", i+1, b)
			}
		}
	}
	return sb.String()
}
