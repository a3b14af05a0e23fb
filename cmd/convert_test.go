package cmd

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// variedDispatch is the seed dispatch with a closing paragraph naming n,
// so that generated files differ.
func variedDispatch(t *testing.T, n int) string {
	t.Helper()
	seed, err := os.ReadFile("../testdata/seed/xinhua-nato-troops.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(seed) + fmt.Sprintf("\n\nThis is copy number %d of the story.\n", n)
}

// runConvertMain runs convert through Main in a fresh process state.
func runConvertMain(args ...string) (stderr string, code int) {
	var out, errb bytes.Buffer
	code = Main(append([]string{"convert", "-q=false"}, args...), strings.NewReader(""), &out, &errb)
	return errb.String(), code
}

// outputsUnder lists the files under dir, relative and slash-separated.
func outputsUnder(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	return files
}

// checkOutput decodes one output file and checks that it is a complete
// article of the input it names.
func checkOutput(t *testing.T, path, wantInput string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Source   struct{ Path string }
		Headline string
		Warnings []string
	}
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("%s: not valid YAML: %v", path, err)
	}
	if a.Source.Path != wantInput || a.Headline == "" || a.Warnings == nil {
		t.Errorf("%s: source.path %q headline %q warnings %v; want a whole article of %s", path, a.Source.Path, a.Headline, a.Warnings, wantInput)
	}
}

var summaryRE = regexp.MustCompile(`(?m)^converted (\d+), skipped (\d+), failed (\d+) in \d+\.\d\d s$`)

// summary returns the counts of the summary line, or fails.
func summary(t *testing.T, stderr string) string {
	t.Helper()
	m := summaryRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary line in stderr:\n%s", stderr)
	}
	return strings.Join(m[1:], " ")
}

func TestConvertMirrorsTree(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news")
	writeTree(t, in, map[string]string{
		"a.txt":          variedDispatch(t, 1),
		"2024/b.txt":     variedDispatch(t, 2),
		"2024/05/c.TXT":  variedDispatch(t, 3),
		"2024/notes.md":  "not a dispatch",
		".drafts/d.txt":  variedDispatch(t, 4),
		"2024/.e.txt":    variedDispatch(t, 5),
		"truth/x.json":   "{}",
		"single/one.txt": variedDispatch(t, 6),
	})
	out := filepath.Join(dir, "out")
	single := filepath.Join(in, "single", "one.txt")
	stderr, code := runConvertMain(in, single, "-O", out, "-j", "3")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if got := summary(t, stderr); got != "5 0 0" {
		t.Errorf("summary counts %q, want 5 converted", got)
	}
	want := []string{"news/2024/05/c.yaml", "news/2024/b.yaml", "news/a.yaml", "news/single/one.yaml", "one.yaml"}
	if got := outputsUnder(t, out); !slices.Equal(got, want) {
		t.Fatalf("outputs\n%q\nwant\n%q", got, want)
	}
	checkOutput(t, filepath.Join(out, "news/2024/05/c.yaml"), filepath.Join(in, "2024/05/c.TXT"))
	checkOutput(t, filepath.Join(out, "one.yaml"), single)

	// -o json gives .json files beside them.
	if stderr, code := runConvertMain("-o", "json", "-q", in, "-O", out); code != 0 || stderr != "" {
		t.Fatalf("-o json: exit %d, stderr %q (want nothing with -q)", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "news/2024/05/c.json")); err != nil {
		t.Error(err)
	}
}

func TestConvertFailuresDoNotStopTheRun(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"in/a.txt":     variedDispatch(t, 1),
		"in/empty.txt": "",
		"in/z.txt":     variedDispatch(t, 2),
	})
	out := filepath.Join(dir, "out")
	stderr, code := runConvertMain(filepath.Join(dir, "in"), filepath.Join(dir, "missing"), "-O", out)
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	if got := summary(t, stderr); got != "2 0 2" {
		t.Errorf("summary counts %q, want 2 converted, 2 failed", got)
	}
	for _, name := range []string{filepath.Join(dir, "in", "empty.txt"), filepath.Join(dir, "missing")} {
		if !strings.Contains(stderr, "dispatch: "+name+": ") {
			t.Errorf("stderr does not report %s:\n%s", name, stderr)
		}
	}
	if got, want := outputsUnder(t, out), []string{"in/a.yaml", "in/z.yaml"}; !slices.Equal(got, want) {
		t.Errorf("outputs %q, want %q", got, want)
	}
}

func TestConvertSkipExisting(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"in/a.txt": variedDispatch(t, 1),
		"in/b.txt": variedDispatch(t, 2),
		"in/c.txt": variedDispatch(t, 3),
	})
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	if stderr, code := runConvertMain(in, "-O", out); code != 0 {
		t.Fatalf("first run: exit %d\n%s", code, stderr)
	}
	// Age the outputs, then make b.txt newer than its output.
	old := time.Now().Add(-time.Hour)
	for _, name := range []string{"a", "b", "c"} {
		if err := os.Chtimes(filepath.Join(out, "in", name+".yaml"), old, old); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chtimes(filepath.Join(in, "a.txt"), old.Add(-time.Hour), old.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(filepath.Join(in, "c.txt"), old, old); err != nil {
		t.Fatal(err)
	}
	stderr, code := runConvertMain("--skip-existing", in, "-O", out)
	if code != 0 {
		t.Fatalf("second run: exit %d\n%s", code, stderr)
	}
	if got := summary(t, stderr); got != "1 2 0" {
		t.Errorf("summary counts %q, want b converted, a and c (as old as its output) skipped", got)
	}
	for name, rewritten := range map[string]bool{"a": false, "b": true, "c": false} {
		fi, err := os.Stat(filepath.Join(out, "in", name+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.ModTime().After(old); got != rewritten {
			t.Errorf("%s.yaml rewritten = %v, want %v", name, got, rewritten)
		}
	}
}

func TestConvertNeverWritesOverAnInput(t *testing.T) {
	dir := t.TempDir()
	// Converting news/ into the folder that holds it writes beside the
	// inputs; news/b.yaml is an input (--include) and its output path.
	writeTree(t, dir, map[string]string{"news/a.txt": variedDispatch(t, 1), "news/b.yaml": variedDispatch(t, 2)})
	stderr, code := runConvertMain("--include", "*.txt,*.yaml", filepath.Join(dir, "news"), "-O", dir)
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	if !strings.Contains(stderr, "b.yaml would replace the input") {
		t.Errorf("stderr does not refuse b.yaml:\n%s", stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "news/b.yaml")); string(got) != variedDispatch(t, 2) {
		t.Error("input news/b.yaml was written over")
	}
	checkOutput(t, filepath.Join(dir, "news/a.yaml"), filepath.Join(dir, "news/a.txt"))
}

func TestConvertUsageErrors(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"in/a.txt": variedDispatch(t, 1)})
	in := filepath.Join(dir, "in")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{in}, "-O DIR"},
		{[]string{"-O", dir}, "at least one INPUT"},
		{[]string{"-", "-O", dir}, "standard input"},
		{[]string{"--from", "jsonl", in, "-O", dir}, "parse --from jsonl"},
		{[]string{"--include", "[", in, "-O", dir}, "bad --include"},
		{[]string{in, "-O", in}, "is the output folder"},
		{[]string{"-o", "xml", in, "-O", dir}, "unknown output format"},
	}
	for _, tt := range tests {
		stderr, code := runConvertMain(tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("convert %q: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, exitUsage, tt.want)
		}
	}
	if got := outputsUnder(t, dir); !slices.Equal(got, []string{"in/a.txt"}) {
		t.Errorf("usage errors wrote files: %q", got)
	}
}

// TestConvertCancelled interrupts a run from inside (as SIGINT does, by
// cancelling the context), then resumes it.
func TestConvertCancelled(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 60 {
		files[fmt.Sprintf("in/%02d/s%02d.txt", i%4, i)] = variedDispatch(t, i)
	}
	writeTree(t, dir, files)
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	cv := &converter{outDir: out, format: formats[0], maxBytes: defaultMaxBytes}
	w, _ := newWalker(defaultInclude, nil)
	cv.run(ctx, w, 4, []string{in}, func(_ inputFile, oc outcome, err error) {
		if oc == converted {
			if n++; n == 10 {
				cancel()
			}
		}
	})
	got := outputsUnder(t, out)
	if len(got) < 10 || len(got) >= 60 {
		t.Fatalf("%d outputs after cancelling at 10 of 60", len(got))
	}
	for _, rel := range got {
		if strings.Contains(rel, tempMarker) {
			t.Errorf("temporary file left: %s", rel)
			continue
		}
		src := filepath.Join(in, strings.TrimSuffix(strings.TrimPrefix(rel, "in/"), ".yaml")+".txt")
		checkOutput(t, filepath.Join(out, rel), src)
	}
	stderr, code := runConvertMain("--skip-existing", in, "-O", out)
	if code != 0 {
		t.Fatalf("resume: exit %d\n%s", code, stderr)
	}
	if want := fmt.Sprintf("%d %d 0", 60-len(got), len(got)); summary(t, stderr) != want {
		t.Errorf("resume summary %q, want %q", summary(t, stderr), want)
	}
	if n := len(outputsUnder(t, out)); n != 60 {
		t.Errorf("%d outputs after resuming, want 60", n)
	}
}

// TestConvertSIGINT interrupts the built command halfway with SIGINT, as a
// user pressing Ctrl-C does, then resumes the run.
func TestConvertSIGINT(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := testBinary(t)
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	const total = 1000
	files := map[string]string{}
	for i := range total {
		files[fmt.Sprintf("%02d/s%04d.txt", i%10, i)] = variedDispatch(t, i)
	}
	writeTree(t, in, files)
	var stderr bytes.Buffer
	c := exec.Command(bin, "convert", "-j", "1", in, "-O", out)
	c.Stderr = &stderr
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	waitForOutputs(t, out, 20)
	if err := c.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err := c.Wait()
	if c.ProcessState.ExitCode() != exitInterrupted {
		t.Fatalf("exit %v, want %d; stderr:\n%s", err, exitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr does not say interrupted:\n%s", stderr.String())
	}
	got := outputsUnder(t, out)
	if len(got) >= total {
		t.Fatalf("the run finished before SIGINT (%d outputs); cannot test the interruption", len(got))
	}
	for _, rel := range got {
		if strings.Contains(rel, tempMarker) {
			t.Errorf("temporary file left: %s", rel)
			continue
		}
		checkOutput(t, filepath.Join(out, rel), filepath.Join(in, strings.TrimSuffix(strings.TrimPrefix(rel, "in/"), ".yaml")+".txt"))
	}
	stdout, errs, code := runBinary(t, bin, "", "", "convert", "--skip-existing", in, "-O", out)
	if code != 0 || len(stdout) != 0 {
		t.Fatalf("resume: exit %d\n%s", code, errs)
	}
	if want := fmt.Sprintf("%d %d 0", total-len(got), len(got)); summary(t, errs) != want {
		t.Errorf("resume summary %q, want %q", summary(t, errs), want)
	}
	if n := len(outputsUnder(t, out)); n != total {
		t.Errorf("%d outputs after resuming, want %d", n, total)
	}
}

// waitForOutputs waits until dir holds at least n files.
func waitForOutputs(t *testing.T, dir string, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		count := 0
		filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				count++
			}
			return nil
		})
		if count >= n {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("fewer than %d outputs in %s after 30 s", n, dir)
}
