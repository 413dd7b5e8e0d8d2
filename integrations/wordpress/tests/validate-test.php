<?php
/**
 * Unit tests of the plugin's pure checks (includes/validate.php), with plain PHP: no WordPress,
 * no PHPUnit. Run: php integrations/wordpress/tests/validate-test.php  (exit 1 on a failure).
 *
 * @package MesoWidgets
 */

define( 'ABSPATH', __DIR__ );
require __DIR__ . '/../meso-widgets/includes/schema.php';
require __DIR__ . '/../meso-widgets/includes/validate.php';
require __DIR__ . '/../meso-widgets/includes/kses.php';

$failures = 0;
$count    = 0;

/**
 * Compares and reports.
 *
 * @param string $name     What is checked.
 * @param mixed  $actual   Result.
 * @param mixed  $expected Expected result.
 */
function check( $name, $actual, $expected ) {
	global $failures, $count;
	++$count;
	if ( $actual !== $expected ) {
		++$failures;
		echo "FAIL $name\n  expected: " . var_export( $expected, true ) . "\n  actual:   " . var_export( $actual, true ) . "\n";
	}
}

$env  = array(
	'locales'        => array( 'en', 'fr' ),
	'today'          => '2026-11-25',
	'reviewed_shape' => 'object',
);
$site = array(
	'clinic_name'  => 'Site Clinic',
	'clinic_phone' => '020 7946 0000',
	'booking_url'  => 'https://site.example/book',
	'locale'       => '',
);

// Booking addresses: only absolute http(s).
check( 'https URL kept', meso_widgets_check_url( ' https://clinic.example/book?x=1 ' ), array( 'https://clinic.example/book?x=1', '' ) );
check( 'http URL kept', meso_widgets_check_url( 'http://clinic.example' )[0], 'http://clinic.example' );
foreach ( array( 'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', "java\tscript:alert(1)", 'data:text/html,x', 'vbscript:x', '//evil.example', '/book', 'https://', 'https://a.example/"><script>', 'ftp://a.example' ) as $bad ) {
	$result = meso_widgets_check_url( $bad );
	check( "URL refused: $bad", $result[0], '' );
	check( "URL refused with a reason: $bad", '' !== $result[1], true );
}
check( 'empty URL is no problem', meso_widgets_check_url( '' ), array( '', '' ) );

// Text, phone, flags, dates, locales, colours.
check( 'text loses tags and control characters', meso_widgets_check_text( " <b>Glow</b>\n  Clinic\x07 ", 50 ), array( 'Glow Clinic', '' ) );
check( 'text over the limit is refused', meso_widgets_check_text( str_repeat( 'é', 6 ), 5 ), array( '', 'is longer than 5 characters' ) );
check( 'text of the limit is kept', meso_widgets_check_text( str_repeat( 'é', 5 ), 5 )[0], str_repeat( 'é', 5 ) );
check( 'phone kept', meso_widgets_check_phone( '+44 (0)20 7946-0000' )[0], '+44 (0)20 7946-0000' );
check( 'phone with letters refused', meso_widgets_check_phone( 'call us' )[0], '' );
check( 'phone with two digits refused', meso_widgets_check_phone( '+1 2' )[0], '' );
check( 'flag: bare shortcode word', meso_widgets_check_bool( 'yes' ), array( true, '' ) );
check( 'flag: false', meso_widgets_check_bool( 'false' ), array( false, '' ) );
check( 'flag: nonsense refused', meso_widgets_check_bool( 'maybe' ), array( false, 'must be yes or no' ) );
check( 'date kept', meso_widgets_check_date( '2026-02-28', '2026-11-25' ), array( '2026-02-28', '' ) );
check( 'impossible date refused', meso_widgets_check_date( '2026-02-30', '2026-11-25' )[1], 'is not a date written as YYYY-MM-DD' );
check( 'future date refused', meso_widgets_check_date( '2026-11-26', '2026-11-25' )[1], 'is in the future' );
check( 'date in another format refused', meso_widgets_check_date( '25/11/2026', '2026-11-25' )[0], '' );
check( 'locale region kept', meso_widgets_check_locale( 'en_GB', array( 'en' ) ), array( 'en-GB', '' ) );
check( 'unknown locale refused', meso_widgets_check_locale( 'de', array( 'en' ) )[0], '' );
// Security review 10d: every language the block editor offers (the build's list) is accepted.
$offered = array( 'ar', 'de', 'en', 'es', 'fa', 'fr', 'it', 'pl', 'pt-BR', 'pt-PT', 'ru', 'tr' );
foreach ( $offered as $tag ) {
	check( "the editor's language $tag is accepted", meso_widgets_check_locale( $tag, $offered ), array( $tag, '' ) );
}
foreach ( array( 'pt', 'pt-PT', 'pt_BR', 'PT-br', 'fr-CA', 'es-419', 'ar-EG' ) as $tag ) {
	check( "a region of a language the widgets speak is accepted: $tag", meso_widgets_check_locale( $tag, $offered )[1], '' );
}
foreach ( array( 'ptx', 'pt-', 'x-pt', 'en-GB"><img', 'zz' ) as $tag ) {
	check( "not a language the widgets speak: $tag", meso_widgets_check_locale( $tag, $offered )[0], '' );
}
check( 'colour kept, lower case', meso_widgets_check_colour( '#0B6E75' ), array( '#0b6e75', '' ) );
check( 'colour with CSS refused', meso_widgets_check_colour( 'red;}body{display:none' )[0], '' );

// Rules: severities only, never hidden, known questions only.
check( 'rules from shortcode text', meso_widgets_check_rules( 'conditions:ask-doctor, skin:not-recommended' ), array( array( 'conditions' => array( 'severity' => 'ask-doctor' ), 'skin' => array( 'severity' => 'not-recommended' ) ), array() ) );
check( 'rules from the block, empty means default', meso_widgets_check_rules( array( 'adult' => '', 'allergy' => 'not-now' ) )[0], array( 'allergy' => array( 'severity' => 'not-now' ) ) );
check( 'rule cannot hide a question', count( meso_widgets_check_rules( array( 'pregnant' => 'hidden' ) )[1] ), 1 );
check( 'rule cannot go below ask-doctor', meso_widgets_check_rules( 'bleeding:no-concerns' )[0], array() );
check( 'unknown question refused', count( meso_widgets_check_rules( 'tattoos:not-now' )[1] ), 1 );
check( 'unreadable rules refused', count( meso_widgets_check_rules( 'conditions' )[1] ), 1 );

// Durations: whole hours, 0 to a year, timed items only.
check( 'durations from shortcode text', meso_widgets_check_durations( 'makeup:48; alcohol:0' ), array( array( 'makeup' => 48, 'alcohol' => 0 ), array() ) );
check( 'negative hours refused', meso_widgets_check_durations( array( 'makeup' => '-5' ) )[0], array() );
check( 'more than a year refused', count( meso_widgets_check_durations( array( 'makeup' => '9000' ) )[1] ), 1 );
check( 'ongoing item is not timed', count( meso_widgets_check_durations( 'sun:24' )[1] ), 1 );

// A whole widget: block values win over site settings, refused values fall back, nothing unsafe out.
$widget = meso_widgets_check_widget(
	'eligibility',
	array(
		'heading'      => 'Is it for you?',
		'clinicName'   => 'Block Clinic',
		'bookingUrl'   => 'javascript:alert(document.cookie)',
		'theme'        => 'neon',
		'headingLevel' => '3',
		'layout'       => 'list',
		'remember'     => true,
		'rules'        => array( 'conditions' => 'ask-doctor' ),
		'reviewedDate' => '2026-11-01',
		'reviewedBy'   => 'Dr A. Patel',
	),
	$site,
	$env
);
check(
	'widget attributes',
	$widget['attrs'],
	array(
		'heading-level' => '3',
		'clinic-name'   => 'Block Clinic',
		'clinic-phone'  => '020 7946 0000',
		'booking-url'   => 'https://site.example/book',
		'layout'        => 'list',
		'remember'      => true,
	)
);
check(
	'widget JSON',
	$widget['config'],
	array(
		'content' => array(
			'heading'  => 'Is it for you?',
			'reviewed' => array(
				'date' => '2026-11-01',
				'by'   => 'Dr A. Patel',
			),
		),
		'rules'   => array( 'conditions' => array( 'severity' => 'ask-doctor' ) ),
	)
);
check( 'widget problems name the settings', $widget['problems'], array( 'Booking page address must start with https:// or http:// (no booking button is shown).', 'Theme must be one of light, dark, auto.' ) );

check( 'a refused value without a site setting leaves the widget default', array_key_exists( 'booking-url', meso_widgets_check_widget( 'aftercare', array( 'bookingUrl' => 'javascript:x' ), array(), $env )['attrs'] ), false );
$site_only = meso_widgets_check_widget( 'vs-filler', array(), $site, $env );
check( 'site settings fill empty fields', $site_only['attrs'], array( 'clinic-name' => 'Site Clinic', 'clinic-phone' => '020 7946 0000', 'booking-url' => 'https://site.example/book' ) );
$bad_site = meso_widgets_check_widget( 'vs-filler', array(), array( 'booking_url' => 'javascript:x' ) + $site, $env );
check( 'a bad site setting is refused too', array_key_exists( 'booking-url', $bad_site['attrs'] ), false );
check( 'and says where it came from', $bad_site['problems'][0], 'Booking page address (Settings → Meso widgets) must start with https:// or http:// (no booking button is shown).' );

$string_shape = meso_widgets_check_widget( 'aftercare', array( 'reviewedDate' => '2026-11-01', 'reviewedBy' => 'Dr {x} Lee' ), array(), array( 'reviewed_shape' => 'string' ) + $env );
check( 'date-only bundles get the reviewer in the label', $string_shape['config']['content'], array( 'reviewed' => '2026-11-01', 'reviewedLabel' => 'Reviewed by Dr x Lee on {date}' ) );
check( 'reviewer without a date is a problem', meso_widgets_check_widget( 'aftercare', array( 'reviewedBy' => 'Dr Lee' ), array(), $env )['problems'], array( 'Reviewed by needs the review date too.' ) );

// Markup: attributes escaped, JSON cannot close its script.
$html = meso_widgets_markup(
	array(
		'tag'    => 'meso-aftercare',
		'attrs'  => array(
			'clinic-name' => 'A "B" & <C>',
			'remember'    => true,
		),
		'config' => array( 'content' => array( 'heading' => '</script><script>alert(1)</script>' ) ),
	)
);
check( 'markup', $html, '<meso-aftercare clinic-name="A &quot;B&quot; &amp; &lt;C&gt;" remember><script type="application/json">{"content":{"heading":"\u003C\/script\u003E\u003Cscript\u003Ealert(1)\u003C\/script\u003E"}}</script></meso-aftercare>' );
check( 'JSON decodes to the text', json_decode( substr( $html, strpos( $html, '{' ), strrpos( $html, '}' ) - strpos( $html, '{' ) + 1 ), true )['content']['heading'], '</script><script>alert(1)</script>' );
check( 'no JSON block without configuration', meso_widgets_markup( array( 'tag' => 'meso-vs-filler', 'attrs' => array(), 'config' => array() ) ), '<meso-vs-filler></meso-vs-filler>' );

// Security review 4: no shortcode in the block's JSON or attributes; the JSON still decodes to the text.
$inner = meso_widgets_markup(
	array(
		'tag'    => 'meso-vs-filler',
		'attrs'  => array( 'clinic-name' => 'A [meso_eligibility] B' ),
		'config' => array(
			'content' => array(
				'heading'  => 'Compare [meso_eligibility heading=Inner] the two',
				'reviewed' => array( 'by' => '[b]]' ),
			),
		),
	)
);
check( 'no [ or ] in the markup (shortcodes cannot match)', strpbrk( $inner, '[]' ), false );
check( 'brackets in text are \\u005B and &#91;', array( false !== strpos( $inner, '\\u005Bmeso_eligibility heading=Inner\\u005D' ), false !== strpos( $inner, 'clinic-name="A &#91;meso_eligibility&#93; B"' ) ), array( true, true ) );
$json = substr( $inner, strpos( $inner, '<script type="application/json">' ) + strlen( '<script type="application/json">' ), -strlen( '</script></meso-vs-filler>' ) );
check( 'the JSON decodes to the same values', json_decode( $json, true ), array( 'content' => array( 'heading' => 'Compare [meso_eligibility heading=Inner] the two', 'reviewed' => array( 'by' => '[b]]' ) ) ) );
check( 'lists stay lists; only strings change', meso_widgets_json( array( 'a' => array( '[x]', 2, true, null ), 'b' => array() ) ), '{"a":["\\u005Bx\\u005D",2,true,null],"b":[]}' );

// Security review 10e: text is decoded once and encoded once.
check( 'an entity stored by kses or the classic editor is decoded', meso_widgets_check_text( 'Smith &amp; Jones &#91;x&#93;', 50 ), array( 'Smith & Jones [x]', '' ) );
check( 'and encoded once in an attribute', meso_widgets_markup( array( 'tag' => 'meso-vs-filler', 'attrs' => array( 'clinic-name' => meso_widgets_check_text( 'Smith &amp; Jones', 50 )[0] ), 'config' => array() ) ), '<meso-vs-filler clinic-name="Smith &amp; Jones"></meso-vs-filler>' );
check( 'encoded markup is still no markup', meso_widgets_check_text( '&lt;b&gt;Glow&lt;/b&gt;', 50 ), array( 'Glow', '' ) );
check( 'a booking address with &amp; is the address with &', meso_widgets_check_url( 'https://clinic.example/book?a=1&amp;b=2' ), array( 'https://clinic.example/book?a=1&b=2', '' ) );
check( 'an encoded javascript: address is still refused', meso_widgets_check_url( '&#106;avascript:alert(1)' )[0], '' );

// Security review 10b: for filtered authors every script element goes whole, so no JSON is left as text.
foreach (
	array(
		'<meso-eligibility><script type="application/json">{"content":{"heading":"X"}}</script></meso-eligibility>' => '<meso-eligibility></meso-eligibility>',
		'<meso-eligibility><script type=" application/json">{"a":1}</script></meso-eligibility>' => '<meso-eligibility></meso-eligibility>',
		'<meso-eligibility><script type="application/ld+json">{"a":1}</script></meso-eligibility>' => '<meso-eligibility></meso-eligibility>',
		'<meso-eligibility><script>{"a":1}</script></meso-eligibility>' => '<meso-eligibility></meso-eligibility>',
		'<meso-eligibility><SCRIPT TYPE=application/json>{"a":1}</SCRIPT ></meso-eligibility>' => '<meso-eligibility></meso-eligibility>',
		'<meso-eligibility><script type="application/json">{"a":"</scripty>"}</script/></meso-eligibility>' => '<meso-eligibility></meso-eligibility>',
		'<meso-eligibility>x<script type="application/json">{"a":1}' => '<meso-eligibility>x',
		'<p title="<script>">a</p><!-- <script> --><meso-vs-filler></meso-vs-filler>' => '<p title="<script>">a</p><!-- <script> --><meso-vs-filler></meso-vs-filler>',
		"<p title='a > <script>'>b</p><script src=x></script>c" => "<p title='a > <script>'>b</p>c",
		'a < b <3 <meso-vs-filler></meso-vs-filler>' => 'a < b <3 <meso-vs-filler></meso-vs-filler>',
	) as $input => $expected
) {
	check( "scripts dropped: $input", meso_widgets_without_scripts( $input ), $expected );
}

// Security review 10 (and issue 24): kses allows exactly the documented attributes, plus id and class.
$manifest_file = __DIR__ . '/../../../custom-elements.json';
if ( ! is_readable( $manifest_file ) ) {
	check( 'custom-elements.json exists (run npm run analyze)', false, true );
} else {
	$manifest = json_decode( file_get_contents( $manifest_file ), true );
	$allowed  = meso_widgets_allowed_tags();
	foreach ( $manifest['modules'] as $module ) {
		foreach ( isset( $module['declarations'] ) ? $module['declarations'] : array() as $declaration ) {
			if ( ! isset( $declaration['tagName'], $allowed[ $declaration['tagName'] ] ) ) {
				continue;
			}
			$documented = array_map(
				function ( $attribute ) {
					return $attribute['name'];
				},
				$declaration['attributes']
			);
			$kses       = array_diff( array_keys( $allowed[ $declaration['tagName'] ] ), array( 'id', 'class' ) );
			sort( $documented );
			sort( $kses );
			check( "kses allows the documented attributes of <{$declaration['tagName']}>", array_values( $kses ), array_values( $documented ) );
		}
	}
	check( 'kses knows the three tags', array_keys( $allowed ), array( 'meso-eligibility', 'meso-aftercare', 'meso-vs-filler' ) );
}

// Shortcode attribute names.
check( 'shortcode names in any spelling', meso_widgets_shortcode_input( 'aftercare', array( 'clinic-name' => 'A', 'booking_url' => 'B', 'HEADING' => 'C', 0 => 'remember', 'colour' => 'x' ) ), array( array( 'clinicName' => 'A', 'bookingUrl' => 'B', 'heading' => 'C', 'remember' => 'yes' ), array( 'colour' ) ) );

echo ( $failures ? "$failures of $count checks failed\n" : "$count checks passed\n" );
exit( $failures ? 1 : 0 );
