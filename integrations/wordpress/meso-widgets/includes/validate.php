<?php
/**
 * Checks what an author asked for (block settings, shortcode attributes, site settings) and turns
 * it into a widget's markup. Pure functions: no WordPress calls, so they are unit-tested with
 * plain PHP (tests/validate-test.php). A refused value never reaches the page: the widget gets its
 * default and the caller gets a plain-words problem to show to the people who can edit the post.
 *
 * @package MesoWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Plain text: no tags, no control characters, single spaces, at most `$max` characters.
 * Character references are decoded first (kses and the classic editor store `&` as `&amp;`), so
 * the text is plain and is encoded once, where it is written.
 *
 * @param mixed $value Input.
 * @param int   $max   Longest allowed length.
 * @return array{0: string, 1: string} The value ('' when refused) and the problem ('' when none).
 */
function meso_widgets_check_text( $value, $max ) {
	if ( ! is_scalar( $value ) ) {
		return array( '', 'is not text' );
	}
	$text = strip_tags( meso_widgets_decode( (string) $value ) );
	$text = preg_replace( '/[\x00-\x1F\x7F]+/u', ' ', $text );
	$text = trim( preg_replace( '/\s+/u', ' ', (string) $text ) );
	if ( preg_match_all( '/./us', $text ) > $max ) {
		return array( '', "is longer than $max characters" );
	}
	return array( $text, '' );
}

/**
 * Text with its character references decoded (`&amp;` → `&`, `&#91;` → `[`).
 *
 * @param string $text Text as WordPress stored it.
 * @return string Plain text.
 */
function meso_widgets_decode( $text ) {
	return html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
}

/**
 * A booking address: absolute http: or https: with a host. `javascript:`, `data:` and anything
 * else are refused, so the widget shows no booking button.
 *
 * @param mixed $value Input.
 * @return array{0: string, 1: string} The address and the problem.
 */
function meso_widgets_check_url( $value ) {
	// Decoded first, as for text: `?a=1&amp;b=2` is the address `?a=1&b=2`, encoded once on output.
	$url = is_scalar( $value ) ? trim( meso_widgets_decode( (string) $value ) ) : '';
	if ( '' === $url ) {
		return array( '', '' );
	}
	$refused = 'must start with https:// or http:// (no booking button is shown)';
	if ( preg_match( '/[\s\x00-\x1F\x7F<>"\'`\\\\]/', $url ) ) {
		return array( '', $refused );
	}
	$parts = parse_url( $url );
	if ( false === $parts || ! isset( $parts['scheme'], $parts['host'] ) ) {
		return array( '', $refused );
	}
	if ( ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) || '' === $parts['host'] ) {
		return array( '', $refused );
	}
	return array( $url, '' );
}

/**
 * A phone number as people write it: digits, spaces, `+`, brackets, dots and dashes.
 *
 * @param mixed $value Input.
 * @return array{0: string, 1: string} The number and the problem.
 */
function meso_widgets_check_phone( $value ) {
	$phone = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( '' === $phone ) {
		return array( '', '' );
	}
	if ( ! preg_match( '/^\+?[0-9 ().\-]{3,30}$/', $phone ) || preg_match_all( '/[0-9]/', $phone ) < 3 ) {
		return array( '', 'is not a phone number (use digits, spaces, + and brackets)' );
	}
	return array( $phone, '' );
}

/**
 * A true/false setting; shortcodes write it as `remember`, `remember="yes"` or `remember="1"`.
 *
 * @param mixed $value Input.
 * @return array{0: bool, 1: string} The flag and the problem.
 */
function meso_widgets_check_bool( $value ) {
	if ( is_bool( $value ) ) {
		return array( $value, '' );
	}
	$word = is_scalar( $value ) ? strtolower( trim( (string) $value ) ) : 'x';
	if ( in_array( $word, array( '1', 'true', 'yes', 'on' ), true ) ) {
		return array( true, '' );
	}
	if ( in_array( $word, array( '', '0', 'false', 'no', 'off' ), true ) ) {
		return array( false, '' );
	}
	return array( false, 'must be yes or no' );
}

/**
 * A review date, `YYYY-MM-DD`, a real day and not after `$today`.
 *
 * @param mixed  $value Input.
 * @param string $today Today, `YYYY-MM-DD`.
 * @return array{0: string, 1: string} The date and the problem.
 */
function meso_widgets_check_date( $value, $today ) {
	$date = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( '' === $date ) {
		return array( '', '' );
	}
	if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $date, $m ) || ! checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ) {
		return array( '', 'is not a date written as YYYY-MM-DD' );
	}
	if ( $date > $today ) {
		return array( '', 'is in the future' );
	}
	return array( $date, '' );
}

/**
 * A language the widgets speak, chosen as the widgets choose their pack: the tag itself, or its
 * language with any region (`en-GB` and `fr-CA` use `en` and `fr`; `pt` uses `pt-BR`, `pt-AO` uses
 * `pt-PT`, as in the browser). Every language the block editor offers is accepted.
 *
 * @param mixed    $value   Input.
 * @param string[] $locales Languages the bundle carries (`en`, `fr`, `pt-BR`…).
 * @return array{0: string, 1: string} The language tag and the problem.
 */
function meso_widgets_check_locale( $value, array $locales ) {
	$tag = is_scalar( $value ) ? str_replace( '_', '-', trim( (string) $value ) ) : '';
	if ( '' === $tag ) {
		return array( '', '' );
	}
	$languages = array();
	foreach ( $locales as $locale ) {
		$languages[ strtolower( explode( '-', $locale )[0] ) ] = true;
	}
	if ( ! preg_match( '/^([a-zA-Z]{2,3})(-[a-zA-Z0-9]{1,8})*$/', $tag, $m ) || ! isset( $languages[ strtolower( $m[1] ) ] ) ) {
		return array( '', 'is not one of the languages the widgets speak (' . implode( ', ', $locales ) . ')' );
	}
	return array( $tag, '' );
}

/**
 * Reads `id:value, id:value` (the shortcode form of rules and durations) or passes a list through.
 *
 * @param mixed $value Input.
 * @return array<string, mixed>|null The pairs, or null when it cannot be read.
 */
function meso_widgets_pairs( $value ) {
	if ( is_array( $value ) ) {
		return $value;
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$pairs = array();
	foreach ( preg_split( '/[,;]/', $value ) as $item ) {
		$item = trim( $item );
		if ( '' === $item ) {
			continue;
		}
		$bits = explode( ':', $item, 2 );
		if ( 2 !== count( $bits ) ) {
			return null;
		}
		$pairs[ trim( $bits[0] ) ] = trim( $bits[1] );
	}
	return $pairs;
}

/**
 * Rules for <meso-eligibility>: a severity per question. Unknown questions and severities are
 * refused; hiding a question is not offered (the safety floor).
 *
 * @param mixed $value Input.
 * @return array{0: array<string, array{severity: string}>, 1: string[]} Rules and problems.
 */
function meso_widgets_check_rules( $value ) {
	$pairs = meso_widgets_pairs( $value );
	if ( null === $pairs ) {
		return array( array(), array( 'cannot be read (write question:severity, for example conditions:ask-doctor)' ) );
	}
	$rules    = array();
	$problems = array();
	foreach ( $pairs as $id => $severity ) {
		if ( '' === $severity || null === $severity ) {
			continue;
		}
		if ( ! array_key_exists( (string) $id, MESO_WIDGETS_QUESTIONS ) ) {
			$problems[] = '"' . $id . '" is not a question (known: ' . implode( ', ', array_keys( MESO_WIDGETS_QUESTIONS ) ) . ')';
		} elseif ( ! is_string( $severity ) || ! array_key_exists( $severity, MESO_WIDGETS_SEVERITIES ) ) {
			$problems[] = '"' . $id . '" needs one of ' . implode( ', ', array_keys( MESO_WIDGETS_SEVERITIES ) );
		} else {
			$rules[ (string) $id ] = array( 'severity' => $severity );
		}
	}
	return array( $rules, $problems );
}

/**
 * Aftercare windows: whole hours from 0 to a year per timed item.
 *
 * @param mixed $value Input.
 * @return array{0: array<string, int>, 1: string[]} Hours per item and problems.
 */
function meso_widgets_check_durations( $value ) {
	$pairs = meso_widgets_pairs( $value );
	if ( null === $pairs ) {
		return array( array(), array( 'cannot be read (write item:hours, for example makeup:48)' ) );
	}
	$hours    = array();
	$problems = array();
	foreach ( $pairs as $id => $raw ) {
		if ( '' === $raw || null === $raw ) {
			continue;
		}
		if ( ! array_key_exists( (string) $id, MESO_WIDGETS_DURATIONS ) ) {
			$problems[] = '"' . $id . '" is not a timed item (known: ' . implode( ', ', array_keys( MESO_WIDGETS_DURATIONS ) ) . ')';
		} elseif ( ! is_scalar( $raw ) || ! preg_match( '/^\d{1,5}$/', trim( (string) $raw ) ) || (int) $raw > MESO_WIDGETS_MAX_HOURS ) {
			$problems[] = '"' . $id . '" needs whole hours from 0 to ' . MESO_WIDGETS_MAX_HOURS;
		} else {
			$hours[ (string) $id ] = (int) $raw;
		}
	}
	return array( $hours, $problems );
}

/**
 * Checks one single-value setting by its type.
 *
 * @param array<string, mixed> $field The setting (from schema.php).
 * @param mixed                $raw   Input.
 * @param array<string, mixed> $env   See meso_widgets_check_widget().
 * @return array{0: string|bool, 1: string} The value ('' or false when refused or empty) and the problem.
 */
function meso_widgets_check_widget_field( array $field, $raw, array $env ) {
	switch ( $field['type'] ) {
		case 'text':
			return meso_widgets_check_text( $raw, $field['max'] );
		case 'url':
			return meso_widgets_check_url( $raw );
		case 'phone':
			return meso_widgets_check_phone( $raw );
		case 'bool':
			return meso_widgets_check_bool( $raw );
		case 'date':
			return meso_widgets_check_date( $raw, $env['today'] );
		case 'locale':
			return meso_widgets_check_locale( $raw, $env['locales'] );
		case 'enum':
			$value = is_scalar( $raw ) ? trim( (string) $raw ) : '';
			if ( '' !== $value && ! array_key_exists( $value, $field['options'] ) ) {
				return array( '', 'must be one of ' . implode( ', ', array_keys( $field['options'] ) ) );
			}
			return array( $value, '' );
	}
	return array( '', '' );
}

/**
 * Checks every setting of one widget and works out its attributes and JSON configuration.
 * A setting left empty takes the site-wide value (Settings → Meso widgets), then the widget's
 * own default. A refused value counts as empty: the site-wide value applies, else the widget's
 * default.
 *
 * @param string               $element  Short name: eligibility, aftercare or vs-filler.
 * @param array<string, mixed> $input    Settings by block attribute name.
 * @param array<string, mixed> $settings Site-wide settings (clinic_name, clinic_phone, booking_url, locale).
 * @param array<string, mixed> $env      `locales` (string[]), `today` (YYYY-MM-DD), `reviewed_shape`
 *                                       (`object` for {date, by}, `string` for a date only).
 * @return array{tag: string, attrs: array<string, string|bool>, config: array<string, mixed>, problems: string[]}
 */
function meso_widgets_check_widget( $element, array $input, array $settings, array $env ) {
	$elements = meso_widgets_elements();
	$spec     = $elements[ $element ];
	$attrs    = array();
	$config   = array();
	$problems = array();
	$reviewed = array();

	foreach ( $spec['fields'] as $key => $field ) {
		$raw        = array_key_exists( $key, $input ) ? $input[ $key ] : '';
		$from_site  = false;
		$is_empty   = '' === $raw || null === $raw || array() === $raw;
		if ( $is_empty && isset( $field['setting'] ) && isset( $settings[ $field['setting'] ] ) && '' !== $settings[ $field['setting'] ] ) {
			$raw       = $settings[ $field['setting'] ];
			$from_site = true;
		}
		$label = $field['label'] . ( $from_site ? ' (Settings → Meso widgets)' : '' );
		if ( 'rules' === $field['type'] || 'durations' === $field['type'] ) {
			list( $value, $list ) = 'rules' === $field['type'] ? meso_widgets_check_rules( $raw ) : meso_widgets_check_durations( $raw );
			foreach ( $list as $item ) {
				$problems[] = $label . ': ' . $item . '.';
			}
			if ( array() !== $value ) {
				$config[ $field['type'] ] = $value;
			}
			continue;
		}
		list( $value, $problem ) = meso_widgets_check_widget_field( $field, $raw, $env );
		if ( '' !== $problem ) {
			$problems[] = $label . ' ' . $problem . '.';
			// A refused value is no setting at all: the site-wide one applies, else the widget's default.
			if ( $from_site || ! isset( $field['setting'], $settings[ $field['setting'] ] ) || '' === $settings[ $field['setting'] ] ) {
				continue;
			}
			$fallback = meso_widgets_check_widget_field( $field, $settings[ $field['setting'] ], $env );
			if ( '' !== $fallback[1] ) {
				$problems[] = $field['label'] . ' (Settings → Meso widgets) ' . $fallback[1] . '.';
				continue;
			}
			$value = $fallback[0];
		}
		if ( '' === $value || false === $value ) {
			continue;
		}
		if ( 'attr' === $field['kind'] ) {
			$attrs[ $field['name'] ] = $value;
		} elseif ( 'content' === $field['kind'] ) {
			$config['content'][ $key ] = $value;
		} elseif ( 'reviewed' === $field['kind'] ) {
			$reviewed[ $key ] = $value;
		}
	}

	if ( isset( $reviewed['reviewedBy'] ) && ! isset( $reviewed['reviewedDate'] ) ) {
		$problems[] = 'Reviewed by needs the review date too.';
	} elseif ( isset( $reviewed['reviewedDate'] ) ) {
		$date = $reviewed['reviewedDate'];
		$by   = isset( $reviewed['reviewedBy'] ) ? $reviewed['reviewedBy'] : '';
		if ( 'object' === $env['reviewed_shape'] ) {
			$config['content']['reviewed'] = '' === $by ? array( 'date' => $date ) : array(
				'date' => $date,
				'by'   => $by,
			);
		} else {
			// The bundle knows only a date: the reviewer goes into the label, around its {date}.
			$config['content']['reviewed'] = $date;
			if ( '' !== $by ) {
				$config['content']['reviewedLabel'] = 'Reviewed by ' . str_replace( array( '{', '}' ), '', $by ) . ' on {date}';
			}
		}
	}

	return array(
		'tag'      => $spec['tag'],
		'attrs'    => $attrs,
		'config'   => $config,
		'problems' => $problems,
	);
}

/**
 * The element's HTML: escaped attributes and, when there is any, the JSON configuration block.
 * The JSON is built here from checked values and encoded so that no `<`, `>`, `&`, `[` or `]`
 * appears in it: nothing an author typed can close the script element, and WordPress finds no
 * shortcode in it (`do_shortcode` runs over the blocks' output, script text included). Attribute
 * values are encoded once, with `[` and `]` as character references for the same reason.
 *
 * @param array{tag: string, attrs: array<string, string|bool>, config: array<string, mixed>} $widget From meso_widgets_check_widget().
 * @return string HTML.
 */
function meso_widgets_markup( array $widget ) {
	$html = '<' . $widget['tag'];
	foreach ( $widget['attrs'] as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . meso_widgets_attribute( (string) $value ) . '"';
	}
	$html .= '>';
	if ( array() !== $widget['config'] ) {
		$html .= '<script type="application/json">' . meso_widgets_json( $widget['config'] ) . '</script>';
	}
	return $html . '</' . $widget['tag'] . '>';
}

/**
 * An attribute value, encoded once: `&`, `<`, `>`, quotes, `[` and `]` as character references.
 *
 * @param string $value Plain text.
 * @return string Encoded text.
 */
function meso_widgets_attribute( $value ) {
	$encoded = htmlspecialchars( $value, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8' );
	return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), $encoded );
}

/**
 * JSON for a script element: `<`, `>`, `&`, quotes, `[` and `]` inside strings written as `\u` escapes.
 * Lists and objects are written one value at a time, so only strings are changed.
 *
 * @param mixed $value A checked value: string, number, bool, null, list or map.
 * @return string JSON text that decodes to `$value`.
 */
function meso_widgets_json( $value ) {
	if ( is_array( $value ) ) {
		$is_list = array() === $value || array_keys( $value ) === range( 0, count( $value ) - 1 );
		$items   = array();
		foreach ( $value as $key => $item ) {
			$items[] = ( $is_list ? '' : meso_widgets_json( (string) $key ) . ':' ) . meso_widgets_json( $item );
		}
		return $is_list ? '[' . implode( ',', $items ) . ']' : '{' . implode( ',', $items ) . '}';
	}
	$json = json_encode( $value, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE );
	return is_string( $value ) ? str_replace( array( '[', ']' ), array( '\u005B', '\u005D' ), $json ) : $json;
}

/**
 * Shortcode attributes to block attribute names: `clinic-name`, `clinic_name` and `clinicname`
 * all mean `clinicName`; a bare word (`[meso_aftercare remember]`) means "yes".
 *
 * @param string              $element Short name.
 * @param array<mixed, mixed> $atts    What WordPress parsed from the shortcode.
 * @return array{0: array<string, mixed>, 1: string[]} Settings by block attribute name, and unknown names.
 */
function meso_widgets_shortcode_input( $element, array $atts ) {
	$elements = meso_widgets_elements();
	$names    = array();
	foreach ( array_keys( $elements[ $element ]['fields'] ) as $key ) {
		$names[ strtolower( $key ) ] = $key;
	}
	$input   = array();
	$unknown = array();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = (string) $value;
			$value = 'yes';
		}
		$plain = strtolower( str_replace( array( '-', '_' ), '', (string) $name ) );
		if ( isset( $names[ $plain ] ) ) {
			$input[ $names[ $plain ] ] = $value;
		} else {
			$unknown[] = (string) $name;
		}
	}
	return array( $input, $unknown );
}

/**
 * A colour for `--meso-color-accent`: `#rgb` or `#rrggbb` only.
 *
 * @param mixed $value Input.
 * @return array{0: string, 1: string} The colour (lower case) and the problem.
 */
function meso_widgets_check_colour( $value ) {
	$colour = is_scalar( $value ) ? strtolower( trim( (string) $value ) ) : '';
	if ( '' === $colour ) {
		return array( '', '' );
	}
	if ( ! preg_match( '/^#([0-9a-f]{3}|[0-9a-f]{6})$/', $colour ) ) {
		return array( '', 'is not a colour written as #RRGGBB' );
	}
	return array( $colour, '' );
}

/**
 * HTML without its `<script>` elements: each start tag through its end tag (or through the end of
 * the text when it has none) is taken out, whatever its `type`. A small tokenizer reads the markup
 * as a browser does: comments are skipped, and a `<script` inside a quoted attribute value is text.
 * Used for authors whose HTML is filtered: kses would remove the tags but leave a script's text on
 * the page (a widget's JSON block, say).
 *
 * @param string $html HTML.
 * @return string The HTML without script elements.
 */
function meso_widgets_without_scripts( $html ) {
	$out    = '';
	$length = strlen( $html );
	$at     = 0;
	while ( $at < $length ) {
		$lt = strpos( $html, '<', $at );
		if ( false === $lt ) {
			$out .= substr( $html, $at );
			break;
		}
		$out .= substr( $html, $at, $lt - $at );
		if ( 0 === substr_compare( $html, '<!--', $lt, 4 ) ) {
			$close = strpos( $html, '-->', $lt + 4 );
			$end   = false === $close ? $length : $close + 3;
			$out  .= substr( $html, $lt, $end - $lt );
			$at    = $end;
			continue;
		}
		if ( ! preg_match( '/\G<([a-zA-Z][^\s\/>]*)/', $html, $m, 0, $lt ) ) {
			$out .= '<';
			$at   = $lt + 1;
			continue;
		}
		$end = meso_widgets_tag_end( $html, $lt + strlen( $m[0] ) );
		if ( 'script' !== strtolower( $m[1] ) ) {
			$out .= substr( $html, $lt, $end - $lt );
			$at   = $end;
			continue;
		}
		// The script's text runs to the first `</script` followed by a space, `/` or `>`.
		$at = $length;
		if ( $end < $length && preg_match( '#</script[\s/>]#i', $html, $close, PREG_OFFSET_CAPTURE, $end ) ) {
			$at = meso_widgets_tag_end( $html, $close[0][1] + 8 );
		}
	}
	return $out;
}

/**
 * Where a tag that starts before `$from` ends: just after its `>`, skipping quoted attribute
 * values; the end of the text when it has no `>`.
 *
 * @param string $html HTML.
 * @param int    $from Offset inside the tag, after its name.
 * @return int Offset after the tag.
 */
function meso_widgets_tag_end( $html, $from ) {
	$length = strlen( $html );
	for ( $i = $from; $i < $length; $i++ ) {
		$c = $html[ $i ];
		if ( '>' === $c ) {
			return $i + 1;
		}
		if ( '=' === $c ) {
			$j = $i + 1;
			while ( $j < $length && false !== strpos( " \t\n\f\r", $html[ $j ] ) ) {
				++$j;
			}
			if ( $j < $length && ( '"' === $html[ $j ] || "'" === $html[ $j ] ) ) {
				$close = strpos( $html, $html[ $j ], $j + 1 );
				if ( false === $close ) {
					return $length;
				}
				$i = $close;
			}
		}
	}
	return $length;
}
