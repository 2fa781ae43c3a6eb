package lang

import (
	"fmt"
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// Key names one message. Keys are unique across netvet: each package starts
// its keys with its own prefix ("model.", "tui.", "cli.", "store.").
type Key string

// Text is one message in both languages: format strings in the manner of
// fmt, with the same placeholders in each. A message about a count also has
// its singular forms, EnOne and DeOne, used when the argument at Count (1
// for the first) is 1: "Interview one more member" / "Interview 2 more
// members". A singular form may leave the count out.
type Text struct {
	En, De       string
	EnOne, DeOne string
	// Count is the position of the argument that chooses the plural form,
	// counting from 1; 0 means 1 when the message has singular forms.
	Count int
}

// plural reports whether t has singular forms.
func (t Text) plural() bool { return t.EnOne != "" || t.DeOne != "" }

// Catalog is one package's messages.
type Catalog map[Key]Text

// registry holds every registered catalog; it is filled while packages are
// initialised and only read afterwards. builder is the x/text catalog every
// printer reads; it takes each registration as it comes, so a printer made
// before a package registered its messages still finds them.
var registry = struct {
	sync.Mutex
	texts   map[Key]Text
	builder *catalog.Builder
}{texts: map[Key]Text{}, builder: catalog.NewBuilder(catalog.Fallback(language.English))}

// Register adds a package's catalog to the messages netvet speaks. It is
// meant for a package's init; a key registered twice, a message without
// both languages, or placeholders that differ between the languages are
// programming errors and panic, so that any test of the program finds
// them at once.
func Register(c Catalog) {
	registry.Lock()
	defer registry.Unlock()
	for k, t := range c {
		if _, dup := registry.texts[k]; dup {
			panic(fmt.Sprintf("lang: message %q registered twice", k))
		}
		if problems := CheckText(k, t); len(problems) > 0 {
			panic("lang: " + problems[0])
		}
		registry.texts[k] = t
		set(registry.builder, language.English, k, t.En, t.EnOne, t.Count)
		set(registry.builder, language.German, k, t.De, t.DeOne, t.Count)
	}
}

// Lookup returns the registered text of k.
func Lookup(k Key) (Text, bool) {
	registry.Lock()
	defer registry.Unlock()
	t, ok := registry.texts[k]
	return t, ok
}

// Registered returns every registered key with its text, for tests that
// look at all messages at once.
func Registered() Catalog {
	registry.Lock()
	defer registry.Unlock()
	out := make(Catalog, len(registry.texts))
	for k, t := range registry.texts {
		out[k] = t
	}
	return out
}

// built returns the x/text catalog of every registered message.
func built() *catalog.Builder { return registry.builder }

// set adds one language's form of a message to b.
func set(b *catalog.Builder, tag language.Tag, k Key, other, one string, count int) {
	var err error
	if one == "" {
		err = b.SetString(tag, string(k), other)
	} else {
		if count == 0 {
			count = 1
		}
		err = b.Set(tag, string(k), plural.Selectf(count, "%d", "one", one, "other", other))
	}
	if err != nil {
		panic(fmt.Sprintf("lang: message %q: %v", k, err))
	}
}
