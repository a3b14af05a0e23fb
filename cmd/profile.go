package cmd

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// defaultProfile is the built-in profile that --print-profile prints and
// that every --profile file is laid over.
//
//go:embed profiles/default.yaml
var defaultProfile []byte

// severity is how much a finding counts.
type severity int

const (
	sevOff severity = iota
	sevWarning
	sevError
)

var severityNames = []string{sevOff: "off", sevWarning: "warning", sevError: "error"}

func (s severity) String() string { return severityNames[s] }

// profile says what a feed's dispatches must have: which fields, which
// agencies and language, and how severe each rule is.
type profile struct {
	name        string              // file it was read from, "(built-in)" for the default
	required    map[string]severity // output field → severity of its absence
	agencies    []string            // expected dateline agencies; empty allows any
	language    string              // expected language; "" allows any
	maxHeadline int                 // in characters; 0 for no limit
	rules       map[string]severity // rule id → severity
}

// profileKey is one top-level key of a profile file.
type profileKey struct {
	name   string
	decode func(p *profile, n *yaml.Node) error
}

// profileKeys are the keys a profile may hold, in the order
// --print-profile shows them.
var profileKeys = []profileKey{
	{"version", decodeVersion},          // version: 1
	{"required", decodeRequired},        // required: {headline: error, editors: warning}
	{"agencies", decodeAgencies},        // agencies: [Xinhua, Reuters]
	{"language", decodeLanguage},        // language: en
	{"max_headline", decodeMaxHeadline}, // max_headline: 120
	{"rules", decodeRules},              // rules: {boilerplate: error}
}

// profileLanguages are the languages a profile may expect.
var profileLanguages = []string{"", "en", "zh"}

// profileError is a mistake in a profile file, at a line and column.
type profileError struct {
	line, col int
	msg       string
}

func (e *profileError) Error() string { return fmt.Sprintf("%d:%d: %s", e.line, e.col, e.msg) }

func nodeErr(n *yaml.Node, format string, args ...any) error {
	return &profileError{line: n.Line, col: n.Column, msg: fmt.Sprintf(format, args...)}
}

// loadProfile returns the built-in profile laid under the profile file
// name, or the built-in one alone when name is "". Every problem is a
// usage error naming the file.
func loadProfile(name string) (*profile, error) {
	p, err := parseProfile("(built-in)", defaultProfile, newProfile())
	if err != nil {
		return nil, fmt.Errorf("built-in profile: %w", err) // a bug: tests load it
	}
	if name == "" {
		return p, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, usagef("profile %s: %v", name, err)
	}
	p, err = parseProfile(name, data, p)
	if err != nil {
		if _, ok := err.(*profileError); ok {
			return nil, usagef("profile %s:%v", name, err)
		}
		return nil, usagef("profile %s: %v", name, err)
	}
	return p, nil
}

// newProfile returns an empty profile: no field required, rules at their
// default severities.
func newProfile() *profile {
	p := &profile{required: map[string]severity{}, rules: map[string]severity{}}
	for _, r := range rules {
		if r.configurable() {
			p.rules[r.id] = r.sev
		}
	}
	return p
}

// parseProfile lays the YAML profile data over a copy of base.
func parseProfile(name string, data []byte, base *profile) (*profile, error) {
	p := base.clone()
	p.name = name
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("invalid YAML: %s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return p, nil // an empty file keeps the base
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, nodeErr(root, "a profile is a mapping of keys (%s)", profileKeyNames())
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		key, ok := lookupProfileKey(k.Value)
		if !ok {
			return nil, nodeErr(k, "unknown key %q (want %s)", k.Value, profileKeyNames())
		}
		if seen[key.name] {
			return nil, nodeErr(k, "key %q given twice", k.Value)
		}
		seen[key.name] = true
		if err := key.decode(p, v); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func (p *profile) clone() *profile {
	c := *p
	c.required = make(map[string]severity, len(p.required))
	for k, v := range p.required {
		c.required[k] = v
	}
	c.rules = make(map[string]severity, len(p.rules))
	for k, v := range p.rules {
		c.rules[k] = v
	}
	c.agencies = slices.Clone(p.agencies)
	return &c
}

func lookupProfileKey(name string) (profileKey, bool) {
	for _, k := range profileKeys {
		if k.name == name {
			return k, true
		}
	}
	return profileKey{}, false
}

func profileKeyNames() string {
	names := make([]string, len(profileKeys))
	for i, k := range profileKeys {
		names[i] = k.name
	}
	return strings.Join(names, ", ")
}

func decodeVersion(_ *profile, n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode || n.Value != "1" {
		return nodeErr(n, "version: unsupported profile version %q (want 1)", n.Value)
	}
	return nil
}

// decodeRequired reads a mapping of output fields to severities.
func decodeRequired(p *profile, n *yaml.Node) error {
	return decodeSeverityMap(n, "required", "field", requiredFieldNames(), func(k string, s severity) {
		p.required[k] = s
	})
}

// decodeRules reads a mapping of rule ids to severities.
func decodeRules(p *profile, n *yaml.Node) error {
	return decodeSeverityMap(n, "rules", "rule", configurableRuleIDs(), func(k string, s severity) {
		p.rules[k] = s
	})
}

// decodeSeverityMap reads "name: error|warning|off" pairs whose names
// must be among known.
func decodeSeverityMap(n *yaml.Node, key, what string, known []string, set func(string, severity)) error {
	if n.Kind != yaml.MappingNode {
		return nodeErr(n, "%s: want a mapping of %s names to error, warning or off", key, what)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if key == "rules" && k.Value == ruleRequired {
			return nodeErr(k, "rules: the severity of %q is set per field, under required:", k.Value)
		}
		if !slices.Contains(known, k.Value) {
			return nodeErr(k, "%s: unknown %s %q (want one of: %s)", key, what, k.Value, strings.Join(known, ", "))
		}
		s := slices.Index(severityNames, v.Value)
		if v.Kind != yaml.ScalarNode || s < 0 {
			return nodeErr(v, "%s.%s: severity %q is not error, warning or off", key, k.Value, v.Value)
		}
		set(k.Value, severity(s))
	}
	return nil
}

func decodeAgencies(p *profile, n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return nodeErr(n, "agencies: want a list of agency names, such as [Xinhua, Reuters]")
	}
	p.agencies = nil
	for _, a := range n.Content {
		if a.Kind != yaml.ScalarNode || strings.TrimSpace(a.Value) == "" {
			return nodeErr(a, "agencies: want an agency name, such as Reuters")
		}
		p.agencies = append(p.agencies, a.Value)
	}
	return nil
}

func decodeLanguage(p *profile, n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode || !slices.Contains(profileLanguages, n.Value) {
		return nodeErr(n, `language: %q is not en, zh or ""`, n.Value)
	}
	p.language = n.Value
	return nil
}

func decodeMaxHeadline(p *profile, n *yaml.Node) error {
	var v int
	if n.Kind != yaml.ScalarNode || n.Decode(&v) != nil || v < 0 {
		return nodeErr(n, "max_headline: %q is not a number of characters (0 for no limit)", n.Value)
	}
	p.maxHeadline = v
	return nil
}
