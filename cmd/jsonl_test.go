package cmd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// recordLine is one JSON Lines input record.
func recordLine(t *testing.T, fields map[string]any) string {
	t.Helper()
	b, err := json.Marshal(fields)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

const recordHTML = `<!DOCTYPE html><html><head><title>Port strike ends after three days - Example News</title></head>
<body><article><h1>Port strike ends after three days</h1>
<p>ROTTERDAM (Reuters) - Dock workers at Europe's largest port returned to work on Friday after a three-day strike over pay, the union said.</p>
<p>The union said members had accepted a new offer from employers.</p></article></body></html>`

// recordsCase is a JSON Lines input with good and bad records: the good
// ones must come out, in order, with their ids; each bad one must be
// reported with its line number.
func recordsCase(t *testing.T) (input string, wantIDs []string, wantErrs []string) {
	seed := variedDispatch(t, 0)
	input = recordLine(t, map[string]any{"id": "a1", "text": seed}) + // line 1
		recordLine(t, map[string]any{"id": 42, "html": recordHTML, "url": "https://example.com/port"}) + // 2
		`{"id": "broken", "text": ` + "\n" + // 3: malformed
		recordLine(t, map[string]any{"id": "d", "text": seed, "date": "2022-02-25"}) + // 4
		"\n" + // 5: blank lines are skipped silently
		recordLine(t, map[string]any{"id": "e", "text": ""}) + // 6: empty dispatch
		recordLine(t, map[string]any{"id": "f"}) + // 7: neither text nor html
		recordLine(t, map[string]any{"text": seed}) + // 8: no id
		recordLine(t, map[string]any{"id": "g", "text": variedDispatch(t, 1), "date": "Feb 25"}) + // 9: bad date
		recordLine(t, map[string]any{"id": "h", "text": variedDispatch(t, 2)}) // 10
	return input, []string{"a1", "42", "d", "h"}, []string{"-:3: malformed record", `-:6: record "e"`, `-:7: record "f"`, `-:8: record has no "id"`, `-:9: record "g": bad date`}
}

// checkRecordsOut checks one run of recordsCase.
func checkRecordsOut(t *testing.T, stdout []byte, stderr string, code int, wantIDs, wantErrs []string) {
	t.Helper()
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	var ids []string
	var dated string
	for i, line := range strings.Split(strings.TrimSuffix(string(stdout), "\n"), "\n") {
		var a struct {
			Source   struct{ ID string }
			Dateline struct{ Date string }
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("output line %d is not one JSON object: %v\n%s", i+1, err, line)
		}
		ids = append(ids, a.Source.ID)
		if a.Source.ID == "d" {
			dated = a.Dateline.Date
		}
	}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("output ids %q, want %q", ids, wantIDs)
	}
	if dated != "2022-02-24" {
		t.Errorf("record d with date 2022-02-25: dateline date %q, want 2022-02-24", dated)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != len(wantErrs) {
		t.Errorf("stderr has %d lines, want %d:\n%s", len(lines), len(wantErrs), stderr)
	}
	for _, want := range wantErrs {
		if !strings.Contains(stderr, "dispatch: "+want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestJSONLRecordsThroughMain(t *testing.T) {
	input, wantIDs, wantErrs := recordsCase(t)
	var out, errb bytes.Buffer
	code := Main([]string{"parse", "--from", "jsonl", "-o", "jsonl", "-j", "3"}, strings.NewReader(input), &out, &errb)
	checkRecordsOut(t, out.Bytes(), errb.String(), code, wantIDs, wantErrs)
}

func TestJSONLRecordsThroughBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := testBinary(t)
	input, wantIDs, wantErrs := recordsCase(t)
	stdout, stderr, code := runBinary(t, bin, "", input, "parse", "--from", "jsonl", "-o", "jsonl")
	checkRecordsOut(t, stdout, stderr, code, wantIDs, wantErrs)

	// N in, N out, same ids, same order, with parallel workers; the
	// records are also read from a file.
	const n = 500
	var sb strings.Builder
	var want []string
	for i := range n {
		id := fmt.Sprintf("rec-%03d", i)
		want = append(want, id)
		sb.WriteString(recordLine(t, map[string]any{"id": id, "text": variedDispatch(t, i)}))
	}
	file := filepath.Join(t.TempDir(), "records.jsonl")
	if err := os.WriteFile(file, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"-"}, {file}} {
		stdout, stderr, code := runBinary(t, bin, "", sb.String(), append([]string{"parse", "--from", "jsonl", "-o", "jsonl", "-j", "4"}, args...)...)
		if code != 0 || stderr != "" {
			t.Fatalf("exit %d, stderr %q", code, stderr)
		}
		if got := outputIDs(t, stdout); !slices.Equal(got, want) {
			t.Errorf("%v: %d ids out of %d in, or out of order", args, len(got), n)
		}
	}
}

// outputIDs returns source.id of each JSON Lines output.
func outputIDs(t *testing.T, stdout []byte) []string {
	t.Helper()
	var ids []string
	sc := bufio.NewScanner(bytes.NewReader(stdout))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a struct{ Source struct{ ID string } }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("output line is not JSON: %v", err)
		}
		ids = append(ids, a.Source.ID)
	}
	return ids
}

// TestJSONLStreams checks that each record's output line is written as
// soon as it is ready: a mapper must not wait for the end of its input.
func TestJSONLStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := testBinary(t)
	c := exec.Command(bin, "parse", "--from", "jsonl", "-o", "jsonl")
	stdin, _ := c.StdinPipe()
	stdout, _ := c.StdoutPipe()
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	defer c.Wait()
	defer stdin.Close()
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	for i := range 3 {
		io.WriteString(stdin, recordLine(t, map[string]any{"id": i, "text": variedDispatch(t, i)}))
		select {
		case line := <-lines:
			if !strings.Contains(line, fmt.Sprintf(`"id":"%d"`, i)) {
				t.Fatalf("line %d is %.80s..., want record %d", i, line, i)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no output for record %d while the input stays open", i)
		}
	}
}

func TestParseManyInputsInOrder(t *testing.T) {
	dir := t.TempDir()
	var args, want []string
	for i := range 40 {
		name := filepath.Join(dir, fmt.Sprintf("s%02d.txt", i))
		content := variedDispatch(t, i)
		if i == 17 {
			content = ""
		} else {
			want = append(want, name)
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, name)
	}
	var out, errb bytes.Buffer
	code := Main(append([]string{"parse", "-o", "jsonl", "-j", "4"}, args...), strings.NewReader(""), &out, &errb)
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var a struct{ Source struct{ Path string } }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		got = append(got, a.Source.Path)
	}
	if !slices.Equal(got, want) {
		t.Errorf("outputs are not the 39 good inputs in order:\n%q", got)
	}
	if e := strings.TrimSpace(errb.String()); strings.Count(e, "\n") != 0 || !strings.HasPrefix(e, "dispatch: "+args[17]+": ") {
		t.Errorf("stderr = %q, want one line naming %s", e, args[17])
	}
}

// readmeCommandRE finds the dispatch command lines of the README recipes.
var readmeCommandRE = regexp.MustCompile("dispatch parse --from jsonl -o jsonl[^\"'`\\n|)>]*")

// TestREADMEPipelineRecipes runs every dispatch command of the README's
// pipeline recipes (Spark, Hadoop Streaming, Beam, shell) on records, and
// the shell recipe itself, so the documented contract is the tested one.
func TestREADMEPipelineRecipes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok1 := strings.Cut(string(readme), "<!-- pipelines -->")
	section, _, ok2 := strings.Cut(rest, "<!-- /pipelines -->")
	if !ok1 || !ok2 {
		t.Fatal("README has no <!-- pipelines --> section")
	}
	for _, name := range []string{"RDD.pipe", "Hadoop Streaming", "Beam", "source.id"} {
		if !strings.Contains(section, name) {
			t.Errorf("pipelines section does not mention %s", name)
		}
	}
	commands := readmeCommandRE.FindAllString(section, -1)
	if len(commands) < 3 {
		t.Fatalf("found %d dispatch commands in the recipes, want one per recipe", len(commands))
	}
	bin := testBinary(t)
	input, wantIDs, wantErrs := recordsCase(t)
	for _, command := range slices.Compact(slices.Sorted(slices.Values(commands))) {
		args := strings.Fields(command)[1:]
		stdout, stderr, code := runBinary(t, bin, "", input, args...)
		t.Logf("README command: %s", command)
		checkRecordsOut(t, stdout, stderr, code, wantIDs, wantErrs)
	}
	runShellRecipe(t, bin, section)
}

// runShellRecipe runs the README's shell recipe, which makes records from
// files with jq, in a folder of three stories.
func runShellRecipe(t *testing.T, bin, section string) {
	_, after, ok := strings.Cut(section, "    for f in wires/*.txt")
	if !ok {
		t.Fatal("pipelines section has no shell recipe starting \"for f in wires/*.txt\"")
	}
	script := "for f in wires/*.txt" + strings.SplitN(after, "\n\n", 2)[0]
	if _, err := exec.LookPath("jq"); err != nil {
		t.Skip("jq not installed")
	}
	dir := t.TempDir()
	for i := range 3 {
		writeTree(t, dir, map[string]string{fmt.Sprintf("wires/%d.txt", i): variedDispatch(t, i)})
	}
	sh := exec.Command("bash", "-euo", "pipefail", "-c", script)
	sh.Dir = dir
	sh.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"))
	if out, err := sh.CombinedOutput(); err != nil {
		t.Fatalf("shell recipe failed: %v\n%s\n%s", err, script, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := outputIDs(t, data), []string{"wires/0.txt", "wires/1.txt", "wires/2.txt"}; !slices.Equal(got, want) {
		t.Errorf("shell recipe ids %q, want %q", got, want)
	}
}
