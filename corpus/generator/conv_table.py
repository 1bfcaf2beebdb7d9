"""Corpus generator: the documents of the conventions corpus, two per convention.

Every document, child and reviewer is invented; areas are real English local
authority areas with their regions. Held-out conventions are listed in
corpus/conventions/heldout.txt.
"""

from __future__ import annotations

from .conv_specs import DocSpec

FORMATS = {
    "C01": ("pdf", "docx"),
    "C02": ("docx", "pdf"),
    "C03": ("pdf", "html"),
    "C04": ("txt", "pdf"),
    "C05": ("pdf", "docx"),
    "C06": ("html", "pdf"),
    "C07": ("docx", "txt"),
    "C08": ("pdf", "txt"),
    "C09": ("pdf", "pdf"),
    "C10": ("html", "html"),
    "C11": ("pdf", "html"),
    "C12": ("docx", "pdf"),
    "C13": ("txt", "pdf"),
    "C14": ("pdf", "docx"),
    "C15": ("txt", "html"),
    "C16": ("html", "pdf"),
    "C17": ("pdf", "txt"),
    "C18": ("docx", "txt"),
    "C19": ("pdf", "html"),
    "C20": ("docx", "pdf"),
    "C21": ("pdf", "pdf"),
    "C22": ("txt", "docx"),
    "C23": ("html", "pdf"),
    "C24": ("html", "docx"),
    "C25": ("pdf", "txt"),
    "C26": ("txt", "pdf"),
    "C27": ("pdf", "docx"),
    "C28": ("html", "html"),
    "C29": ("pdf", "pdf"),
    "C30": ("scan", "scan"),
    "C31": ("pdf", "docx"),
    "C32": ("pdf", "docx"),
    "C33": ("pdf", "pdf"),
    "C34": ("pdf", "txt"),
    "C35": ("pdf", "html"),
    "C36": ("pdf", "pdf"),
}
# Blind held-out conventions (corpus/generator/conv_blind.py). "accordion", "word" and "typescan"
# are HTML, DOCX and scanned PDF documents with writers of their own.
FORMATS.update(
    {
        "C37": ("docx", "pdf"),
        "C38": ("pdf", "txt"),
        "C39": ("pdf", "docx"),
        "C40": ("pdf", "pdf"),
        "C41": ("pdf", "html"),
        "C42": ("html", "pdf"),
        "C43": ("pdf", "docx"),
        "C44": ("pdf", "docx"),
        "C45": ("accordion", "accordion"),
        "C46": ("word", "word"),
        "C47": ("typescan", "typescan"),
        "C48": ("pdf", "docx"),
        "C49": ("txt", "pdf"),
        "C50": ("pdf", "docx"),
        "C51": ("pdf", "html"),
        "C52": ("pdf", "docx"),
        "C53": ("pdf", "txt"),
    }
)
# Development conventions written from domain.md's published layouts (corpus/generator/conv_general.py).
FORMATS.update(
    {
        "C54": ("pdf", "docx"),
        "C55": ("pdf", "txt"),
        "C56": ("html", "html"),
        "C57": ("docx", "pdf"),
        "C58": ("pdf", "docx"),
        "C59": ("pdf", "docx"),
    }
)
# The second blind held-out set (corpus/generator/conv_blind2.py). "dlhtml" is an HTML page built
# from a definition list, with a writer of its own.
FORMATS.update(
    {
        "C60": ("pdf", "html"),
        "C61": ("docx", "pdf"),
        "C62": ("txt", "pdf"),
        "C63": ("scan", "pdf"),
        "C64": ("pdf", "docx"),
        "C65": ("pdf", "txt"),
        "C66": ("pdf", "docx"),
        "C67": ("pdf", "html"),
        "C68": ("docx", "scan"),
        "C69": ("txt", "pdf"),
        "C70": ("dlhtml", "dlhtml"),
        "C71": ("pdf", "docx"),
        "C72": ("pdf", "html"),
        "C73": ("pdf", "txt"),
        "C74": ("pdf", "html"),
        "C75": ("html", "txt"),
        "C76": ("docx", "txt"),
        "C77": ("pdf", "docx"),
        "C78": ("pdf", "txt"),
        "C79": ("pdf", "scan"),
        "C80": ("html", "pdf"),
    }
)
# The third blind held-out set (corpus/generator/conv_blind3.py). "txt70" is a plain-text export
# with hard wraps at 70 characters and hyphenated line ends, with a writer of its own.
FORMATS.update(
    {
        "C81": ("pdf", "docx"),
        "C82": ("pdf", "html"),
        "C83": ("pdf", "txt"),
        "C84": ("pdf", "scan"),
        "C85": ("pdf", "html"),
        "C86": ("txt", "docx"),
        "C87": ("pdf", "html"),
        "C88": ("pdf", "docx"),
        "C89": ("pdf", "docx"),
        "C90": ("scan", "html"),
        "C91": ("pdf", "txt"),
        "C92": ("pdf", "scan"),
        "C93": ("pdf", "txt"),
        "C94": ("docx", "pdf"),
        "C95": ("html", "pdf"),
        "C96": ("docx", "pdf"),
        "C97": ("txt70", "pdf"),
    }
)
# The fourth blind held-out set (corpus/generator/conv_blind4.py). "tabs" is a web page whose sections
# are tabs, "tracked" a Word document with tracked changes and SEQ fields, "email" a plain-text e-mail
# bulletin, each with a writer of its own.
FORMATS.update(
    {
        "C98": ("docx", "pdf"),
        "C99": ("pdf", "html"),
        "C100": ("txt", "pdf"),
        "C101": ("pdf", "docx"),
        "C102": ("pdf", "docx"),
        "C103": ("pdf", "docx"),
        "C104": ("pdf", "docx"),
        "C105": ("pdf", "txt"),
        "C106": ("pdf", "docx"),
        "C107": ("html", "pdf"),
        "C108": ("txt", "scan"),
        "C109": ("docx", "pdf"),
        "C110": ("tabs", "tabs"),
        "C111": ("tracked", "tracked"),
        "C112": ("email", "email"),
        "C113": ("scan", "scan"),
        "C114": ("pdf", "html"),
        "C115": ("pdf", "docx"),
    }
)
# The fifth blind held-out set (corpus/generator/conv_blind5.py): only the earlier writers.
FORMATS.update(
    {
        "C116": ("pdf", "docx"),
        "C117": ("pdf", "html"),
        "C118": ("pdf", "docx"),
        "C119": ("pdf", "txt"),
        "C120": ("pdf", "html"),
        "C121": ("pdf", "docx"),
        "C122": ("docx", "pdf"),
        "C123": ("html", "pdf"),
        "C124": ("pdf", "scan"),
        "C125": ("docx", "txt"),
        "C126": ("pdf", "html"),
        "C127": ("html", "pdf"),
        "C128": ("pdf", "docx"),
        "C129": ("pdf", "docx"),
        "C130": ("txt", "pdf"),
        "C131": ("pdf", "scan"),
        "C132": ("pdf", "txt"),
    }
)
# The sixth blind held-out set (corpus/generator/conv_blind6.py): only the earlier writers.
FORMATS.update(
    {
        "C133": ("pdf", "docx"),
        "C134": ("pdf", "txt"),
        "C135": ("docx", "pdf"),
        "C136": ("html", "pdf"),
        "C137": ("pdf", "docx"),
        "C138": ("pdf", "html"),
        "C139": ("docx", "pdf"),
        "C140": ("pdf", "txt"),
        "C141": ("pdf", "docx"),
        "C142": ("pdf", "html"),
        "C143": ("pdf", "html"),
        "C144": ("pdf", "scan"),
        "C145": ("pdf", "docx"),
        "C146": ("html", "pdf"),
        "C147": ("docx", "scan"),
        "C148": ("pdf", "txt"),
        "C149": ("pdf", "html"),
        "C150": ("pdf", "docx"),
    }
)
# The seventh blind held-out set (corpus/generator/conv_blind7.py): only the earlier writers.
FORMATS.update(
    {
        "C151": ("pdf", "html"),
        "C152": ("html", "docx"),
        "C153": ("txt", "scan"),
        "C154": ("pdf", "docx"),
        "C155": ("pdf", "html"),
        "C156": ("docx", "pdf"),
        "C157": ("pdf", "html"),
        "C158": ("docx", "pdf"),
        "C159": ("html", "txt"),
        "C160": ("pdf", "scan"),
        "C161": ("docx", "txt"),
        "C162": ("pdf", "docx"),
        "C163": ("docx", "scan"),
        "C164": ("pdf", "txt"),
        "C165": ("pdf", "docx"),
        "C166": ("txt", "pdf"),
        "C167": ("pdf", "docx"),
        "C168": ("pdf", "docx"),
    }
)
# The eighth blind held-out set (corpus/generator/conv_blind8.py): only the earlier writers.
FORMATS.update(
    {
        "C169": ("pdf", "docx"),
        "C170": ("pdf", "html"),
        "C171": ("docx", "txt"),
        "C172": ("pdf", "txt"),
        "C173": ("html", "pdf"),
        "C174": ("pdf", "docx"),
        "C175": ("html", "pdf"),
        "C176": ("txt", "pdf"),
        "C177": ("docx", "html"),
        "C178": ("pdf", "scan"),
        "C179": ("html", "txt"),
        "C180": ("pdf", "docx"),
        "C181": ("docx", "pdf"),
        "C182": ("txt", "scan"),
        "C183": ("pdf", "html"),
        "C184": ("docx", "txt"),
        "C185": ("html", "txt"),
        "C186": ("pdf", "scan"),
    }
)
# The ninth blind held-out set (corpus/generator/conv_blind9.py): only the earlier writers.
FORMATS.update(
    {
        "C187": ("pdf", "docx"),
        "C188": ("txt", "pdf"),
        "C189": ("pdf", "html"),
        "C190": ("docx", "pdf"),
        "C191": ("pdf", "txt"),
        "C192": ("docx", "html"),
        "C193": ("pdf", "docx"),
        "C194": ("docx", "pdf"),
        "C195": ("html", "pdf"),
        "C196": ("docx", "pdf"),
        "C197": ("pdf", "html"),
        "C198": ("pdf", "scan"),
        "C199": ("pdf", "txt"),
        "C200": ("html", "docx"),
        "C201": ("pdf", "scan"),
        "C202": ("txt", "pdf"),
        "C203": ("txt", "html"),
        "C204": ("pdf", "docx"),
    }
)
# The tenth blind held-out set (corpus/generator/conv_blind10.py): only the earlier writers.
FORMATS.update(
    {
        "C205": ("html", "txt"),
        "C206": ("html", "docx"),
        "C207": ("pdf", "html"),
        "C208": ("pdf", "docx"),
        "C209": ("pdf", "scan"),
        "C210": ("pdf", "docx"),
        "C211": ("html", "pdf"),
        "C212": ("pdf", "txt"),
        "C213": ("docx", "pdf"),
        "C214": ("pdf", "docx"),
        "C215": ("pdf", "html"),
        "C216": ("docx", "scan"),
        "C217": ("pdf", "html"),
        "C218": ("pdf", "txt"),
        "C219": ("docx", "pdf"),
        "C220": ("pdf", "scan"),
        "C221": ("txt", "pdf"),
        "C222": ("pdf", "docx"),
    }
)
# The eleventh blind held-out set (corpus/generator/conv_blind11.py): only the earlier writers.
FORMATS.update(
    {
        "C223": ("pdf", "html"),
        "C224": ("pdf", "docx"),
        "C225": ("pdf", "scan"),
        "C226": ("docx", "pdf"),
        "C227": ("html", "pdf"),
        "C228": ("pdf", "txt"),
        "C229": ("txt", "pdf"),
        "C230": ("pdf", "docx"),
        "C231": ("pdf", "scan"),
        "C232": ("docx", "html"),
        "C233": ("pdf", "txt"),
        "C234": ("html", "pdf"),
        "C235": ("txt", "docx"),
        "C236": ("pdf", "html"),
        "C237": ("docx", "scan"),
        "C238": ("pdf", "docx"),
        "C239": ("html", "pdf"),
        "C240": ("pdf", "txt"),
    }
)
# The twelfth blind held-out set, first half (corpus/generator/conv_blind12a.py): only the earlier writers.
FORMATS.update(
    {
        "C241": ("pdf", "docx"),
        "C242": ("html", "pdf"),
        "C243": ("pdf", "txt"),
        "C244": ("docx", "pdf"),
        "C245": ("pdf", "docx"),
        "C246": ("pdf", "html"),
        "C247": ("pdf", "txt"),
        "C248": ("pdf", "html"),
        "C249": ("docx", "pdf"),
        "C250": ("txt", "pdf"),
        "C251": ("pdf", "scan"),
        "C252": ("html", "docx"),
        "C253": ("pdf", "txt"),
        "C254": ("docx", "pdf"),
        "C255": ("pdf", "scan"),
        "C256": ("html", "txt"),
        "C257": ("pdf", "html"),
        "C258": ("pdf", "docx"),
    }
)
# The twelfth blind held-out set, second half (corpus/generator/conv_blind12b.py): only the earlier writers.
FORMATS.update(
    {
        "C259": ("pdf", "docx"),
        "C260": ("pdf", "html"),
        "C261": ("docx", "pdf"),
        "C262": ("pdf", "scan"),
        "C263": ("html", "pdf"),
        "C264": ("docx", "txt"),
        "C265": ("pdf", "docx"),
        "C266": ("txt", "html"),
        "C267": ("html", "txt"),
        "C268": ("pdf", "docx"),
        "C269": ("pdf", "txt"),
        "C270": ("docx", "pdf"),
        "C271": ("pdf", "pdf"),
        "C272": ("html", "pdf"),
        "C273": ("pdf", "docx"),
        "C274": ("pdf", "html"),
        "C275": ("docx", "txt"),
        "C276": ("pdf", "scan"),
    }
)
# The thirteenth blind held-out set, first half (corpus/generator/conv_blind13a.py): only the earlier writers.
FORMATS.update(
    {
        "C277": ("pdf", "docx"),
        "C278": ("html", "pdf"),
        "C279": ("pdf", "txt"),
        "C280": ("docx", "pdf"),
        "C281": ("pdf", "docx"),
        "C282": ("pdf", "html"),
        "C283": ("pdf", "txt"),
        "C284": ("pdf", "html"),
        "C285": ("docx", "pdf"),
        "C286": ("pdf", "docx"),
        "C287": ("txt", "docx"),
        "C288": ("pdf", "scan"),
        "C289": ("pdf", "pdf"),
        "C290": ("html", "pdf"),
        "C291": ("txt", "html"),
        "C292": ("docx", "html"),
        "C293": ("pdf", "txt"),
        "C294": ("txt", "pdf"),
    }
)
# The thirteenth blind held-out set, second half (corpus/generator/conv_blind13b.py): only the earlier writers.
FORMATS.update(
    {
        "C295": ("pdf", "docx"),
        "C296": ("html", "pdf"),
        "C297": ("docx", "txt"),
        "C298": ("pdf", "html"),
        "C299": ("pdf", "scan"),
        "C300": ("docx", "pdf"),
        "C301": ("html", "txt"),
        "C302": ("pdf", "docx"),
        "C303": ("html", "pdf"),
        "C304": ("pdf", "scan"),
        "C305": ("pdf", "txt"),
        "C306": ("docx", "html"),
        "C307": ("pdf", "txt"),
        "C308": ("html", "pdf"),
        "C309": ("docx", "pdf"),
        "C310": ("pdf", "html"),
        "C311": ("docx", "txt"),
        "C312": ("pdf", "html"),
    }
)
# The fourteenth blind held-out set, first half (corpus/generator/conv_blind14a.py): only the earlier writers.
FORMATS.update(
    {
        "C313": ("pdf", "docx"),
        "C314": ("html", "pdf"),
        "C315": ("docx", "txt"),
        "C316": ("pdf", "html"),
        "C317": ("docx", "pdf"),
        "C318": ("pdf", "txt"),
        "C319": ("pdf", "txt"),
        "C320": ("html", "docx"),
        "C321": ("pdf", "scan"),
        "C322": ("docx", "pdf"),
        "C323": ("pdf", "html"),
        "C324": ("txt", "pdf"),
        "C325": ("html", "txt"),
        "C326": ("pdf", "docx"),
        "C327": ("txt", "html"),
        "C328": ("pdf", "html"),
        "C329": ("docx", "txt"),
        "C330": ("pdf", "txt"),
    }
)
# The fourteenth blind held-out set, second half (corpus/generator/conv_blind14b.py): only the earlier writers.
FORMATS.update(
    {
        "C331": ("pdf", "docx"),
        "C332": ("html", "pdf"),
        "C333": ("docx", "txt"),
        "C334": ("pdf", "html"),
        "C335": ("pdf", "docx"),
        "C336": ("docx", "pdf"),
        "C337": ("pdf", "txt"),
        "C338": ("pdf", "html"),
        "C339": ("docx", "pdf"),
        "C340": ("pdf", "html"),
        "C341": ("pdf", "pdf"),
        "C342": ("html", "pdf"),
        "C343": ("html", "txt"),
        "C344": ("docx", "pdf"),
        "C345": ("pdf", "docx"),
        "C346": ("docx", "html"),
        "C347": ("pdf", "scan"),
        "C348": ("pdf", "txt"),
    }
)
# The fifteenth blind held-out set, first half (corpus/generator/conv_blind15a.py): only the earlier writers.
FORMATS.update(
    {
        "C349": ("pdf", "docx"),
        "C350": ("pdf", "html"),
        "C351": ("pdf", "txt"),
        "C352": ("docx", "html"),
        "C353": ("pdf", "docx"),
        "C354": ("docx", "pdf"),
        "C355": ("docx", "txt"),
        "C356": ("txt", "html"),
        "C357": ("pdf", "html"),
        "C358": ("pdf", "docx"),
        "C359": ("html", "txt"),
        "C360": ("html", "docx"),
        "C361": ("docx", "pdf"),
        "C362": ("pdf", "txt"),
        "C363": ("pdf", "docx"),
        "C364": ("pdf", "scan"),
        "C365": ("html", "txt"),
        "C366": ("txt", "docx"),
    }
)
# The fifteenth blind held-out set, second half (corpus/generator/conv_blind15b.py): only the earlier writers.
FORMATS.update(
    {
        "C367": ("pdf", "docx"),
        "C368": ("docx", "pdf"),
        "C369": ("pdf", "html"),
        "C370": ("html", "txt"),
        "C371": ("pdf", "scan"),
        "C372": ("html", "pdf"),
        "C373": ("pdf", "docx"),
        "C374": ("docx", "html"),
        "C375": ("pdf", "txt"),
        "C376": ("docx", "pdf"),
        "C377": ("txt", "html"),
        "C378": ("pdf", "docx"),
        "C379": ("pdf", "html"),
        "C380": ("docx", "txt"),
        "C381": ("html", "pdf"),
        "C382": ("pdf", "docx"),
        "C383": ("pdf", "scan"),
        "C384": ("html", "pdf"),
    }
)
# The sixteenth blind held-out set, first half (corpus/generator/conv_blind16a.py): only the earlier writers.
FORMATS.update(
    {
        "C385": ("pdf", "docx"),
        "C386": ("pdf", "html"),
        "C387": ("docx", "txt"),
        "C388": ("pdf", "txt"),
        "C389": ("pdf", "html"),
        "C390": ("docx", "pdf"),
        "C391": ("txt", "pdf"),
        "C392": ("docx", "html"),
        "C393": ("html", "pdf"),
        "C394": ("pdf", "docx"),
        "C395": ("html", "txt"),
        "C396": ("pdf", "scan"),
        "C397": ("docx", "html"),
        "C398": ("pdf", "html"),
        "C399": ("pdf", "txt"),
        "C400": ("docx", "pdf"),
        "C401": ("pdf", "scan"),
        "C402": ("html", "docx"),
    }
)
# The sixteenth blind held-out set, second half (corpus/generator/conv_blind16b.py): only the earlier writers.
FORMATS.update(
    {
        "C403": ("pdf", "docx"),
        "C404": ("pdf", "html"),
        "C405": ("docx", "pdf"),
        "C406": ("html", "pdf"),
        "C407": ("pdf", "scan"),
        "C408": ("txt", "html"),
        "C409": ("docx", "txt"),
        "C410": ("pdf", "docx"),
        "C411": ("pdf", "txt"),
        "C412": ("html", "docx"),
        "C413": ("docx", "pdf"),
        "C414": ("pdf", "html"),
        "C415": ("txt", "pdf"),
        "C416": ("pdf", "docx"),
        "C417": ("docx", "html"),
        "C418": ("pdf", "txt"),
        "C419": ("html", "pdf"),
        "C420": ("pdf", "scan"),
    }
)
# The seventeenth blind held-out set, first half (corpus/generator/conv_blind17a.py): only the earlier writers.
FORMATS.update(
    {
        "C421": ("pdf", "docx"),
        "C422": ("pdf", "txt"),
        "C423": ("pdf", "scan"),
        "C424": ("docx", "pdf"),
        "C425": ("pdf", "html"),
        "C426": ("pdf", "docx"),
        "C427": ("pdf", "txt"),
        "C428": ("pdf", "html"),
        "C429": ("pdf", "docx"),
        "C430": ("txt", "pdf"),
        "C431": ("html", "docx"),
        "C432": ("pdf", "html"),
        "C433": ("pdf", "docx"),
        "C434": ("pdf", "docx"),
        "C435": ("pdf", "html"),
        "C436": ("pdf", "docx"),
        "C437": ("html", "pdf"),
        "C438": ("docx", "pdf"),
    }
)
# The seventeenth blind held-out set, second half (corpus/generator/conv_blind17b.py): only the earlier writers.
FORMATS.update(
    {
        "C439": ("pdf", "docx"),
        "C440": ("pdf", "html"),
        "C441": ("docx", "pdf"),
        "C442": ("pdf", "txt"),
        "C443": ("docx", "html"),
        "C444": ("pdf", "docx"),
        "C445": ("html", "pdf"),
        "C446": ("docx", "html"),
        "C447": ("pdf", "scan"),
        "C448": ("docx", "pdf"),
        "C449": ("txt", "html"),
        "C450": ("pdf", "docx"),
        "C451": ("pdf", "docx"),
        "C452": ("html", "txt"),
        "C453": ("pdf", "html"),
        "C454": ("docx", "pdf"),
        "C455": ("html", "txt"),
        "C456": ("pdf", "scan"),
    }
)
# The eighteenth blind held-out set, first half (corpus/generator/conv_blind18a.py): only the earlier writers.
FORMATS.update(
    {
        "C457": ("pdf", "docx"),
        "C458": ("pdf", "html"),
        "C459": ("pdf", "html"),
        "C460": ("pdf", "txt"),
        "C461": ("pdf", "docx"),
        "C462": ("pdf", "txt"),
        "C463": ("docx", "pdf"),
        "C464": ("pdf", "html"),
        "C465": ("pdf", "scan"),
        "C466": ("pdf", "txt"),
        "C467": ("pdf", "docx"),
        "C468": ("txt", "pdf"),
        "C469": ("html", "pdf"),
        "C470": ("html", "pdf"),
        "C471": ("docx", "pdf"),
        "C472": ("docx", "pdf"),
        "C473": ("pdf", "docx"),
        "C474": ("txt", "html"),
    }
)
# The eighteenth blind held-out set, second half (corpus/generator/conv_blind18b.py): only the earlier writers.
FORMATS.update(
    {
        "C475": ("pdf", "docx"),
        "C476": ("pdf", "txt"),
        "C477": ("docx", "pdf"),
        "C478": ("html", "txt"),
        "C479": ("pdf", "txt"),
        "C480": ("pdf", "html"),
        "C481": ("pdf", "docx"),
        "C482": ("docx", "pdf"),
        "C483": ("pdf", "txt"),
        "C484": ("docx", "pdf"),
        "C485": ("html", "pdf"),
        "C486": ("pdf", "docx"),
        "C487": ("txt", "pdf"),
        "C488": ("pdf", "html"),
        "C489": ("pdf", "docx"),
        "C490": ("pdf", "txt"),
        "C491": ("pdf", "scan"),
        "C492": ("docx", "html"),
    }
)
# The nineteenth blind held-out set, first half (corpus/generator/conv_blind19a.py): only the earlier writers.
FORMATS.update(
    {
        "C493": ("pdf", "pdf"),
        "C494": ("pdf", "html"),
        "C495": ("docx", "pdf"),
        "C496": ("docx", "scan"),
        "C497": ("pdf", "html"),
        "C498": ("pdf", "docx"),
        "C499": ("txt", "html"),
        "C500": ("pdf", "docx"),
        "C501": ("pdf", "txt"),
        "C502": ("html", "pdf"),
        "C503": ("pdf", "txt"),
        "C504": ("pdf", "docx"),
        "C505": ("docx", "pdf"),
        "C506": ("pdf", "docx"),
        "C507": ("html", "txt"),
        "C508": ("pdf", "html"),
        "C509": ("pdf", "html"),
        "C510": ("docx", "html"),
    }
)
# The nineteenth blind held-out set, second half (corpus/generator/conv_blind19b.py): only the earlier writers.
FORMATS.update(
    {
        "C511": ("docx", "html"),
        "C512": ("html", "txt"),
        "C513": ("txt", "docx"),
        "C514": ("html", "txt"),
        "C515": ("txt", "html"),
        "C516": ("pdf", "scan"),
        "C517": ("pdf", "txt"),
        "C518": ("docx", "pdf"),
        "C519": ("pdf", "txt"),
        "C520": ("pdf", "docx"),
        "C521": ("pdf", "txt"),
        "C522": ("html", "pdf"),
        "C523": ("docx", "pdf"),
        "C524": ("docx", "html"),
        "C525": ("docx", "pdf"),
        "C526": ("txt", "html"),
        "C527": ("pdf", "html"),
        "C528": ("html", "txt"),
    }
)

# The twentieth blind held-out set, first half (corpus/generator/conv_blind20a.py): only the earlier writers.
FORMATS.update(
    {
        "C529": ("docx", "pdf"),
        "C530": ("pdf", "docx"),
        "C531": ("html", "txt"),
        "C532": ("pdf", "scan"),
        "C533": ("pdf", "txt"),
        "C534": ("docx", "html"),
        "C535": ("pdf", "docx"),
        "C536": ("html", "pdf"),
        "C537": ("txt", "pdf"),
        "C538": ("pdf", "html"),
        "C539": ("pdf", "docx"),
        "C540": ("pdf", "txt"),
        "C541": ("pdf", "docx"),
        "C542": ("html", "txt"),
        "C543": ("pdf", "docx"),
        "C544": ("pdf", "txt"),
        "C545": ("html", "pdf"),
        "C546": ("docx", "pdf"),
    }
)

# The twentieth blind held-out set, second half (corpus/generator/conv_blind20b.py): only the earlier writers.
FORMATS.update(
    {
        "C547": ("pdf", "docx"),
        "C548": ("docx", "html"),
        "C549": ("pdf", "txt"),
        "C550": ("pdf", "scan"),
        "C551": ("docx", "pdf"),
        "C552": ("html", "txt"),
        "C553": ("pdf", "docx"),
        "C554": ("html", "pdf"),
        "C555": ("docx", "txt"),
        "C556": ("pdf", "html"),
        "C557": ("docx", "pdf"),
        "C558": ("html", "txt"),
        "C559": ("pdf", "docx"),
        "C560": ("docx", "html"),
        "C561": ("pdf", "txt"),
        "C562": ("html", "docx"),
        "C563": ("pdf", "scan"),
        "C564": ("docx", "txt"),
    }
)

# The twenty-first blind held-out set, first half (corpus/generator/conv_blind21a.py): only the earlier writers.
FORMATS.update(
    {
        "C565": ("pdf", "docx"),
        "C566": ("pdf", "scan"),
        "C567": ("docx", "pdf"),
        "C568": ("html", "txt"),
        "C569": ("pdf", "docx"),
        "C570": ("docx", "html"),
        "C571": ("pdf", "txt"),
        "C572": ("pdf", "scan"),
        "C573": ("docx", "pdf"),
        "C574": ("html", "pdf"),
        "C575": ("pdf", "docx"),
        "C576": ("docx", "txt"),
        "C577": ("pdf", "html"),
        "C578": ("docx", "pdf"),
        "C579": ("html", "docx"),
        "C580": ("html", "txt"),
        "C581": ("pdf", "docx"),
        "C582": ("docx", "pdf"),
    }
)

# The twenty-first blind held-out set, second half (corpus/generator/conv_blind21b.py): only the earlier writers.
FORMATS.update(
    {
        "C583": ("pdf", "docx"),
        "C584": ("txt", "pdf"),
        "C585": ("docx", "html"),
        "C586": ("pdf", "scan"),
        "C587": ("pdf", "html"),
        "C588": ("pdf", "docx"),
        "C589": ("docx", "pdf"),
        "C590": ("html", "txt"),
        "C591": ("pdf", "txt"),
        "C592": ("docx", "pdf"),
        "C593": ("pdf", "html"),
        "C594": ("docx", "pdf"),
        "C595": ("html", "pdf"),
        "C596": ("pdf", "docx"),
        "C597": ("pdf", "txt"),
        "C598": ("docx", "pdf"),
        "C599": ("pdf", "html"),
        "C600": ("docx", "txt"),
    }
)

# The twenty-second blind held-out set, first half (corpus/generator/conv_blind22a.py): only the earlier writers.
FORMATS.update(
    {
        "C601": ("pdf", "html"),
        "C602": ("docx", "pdf"),
        "C603": ("pdf", "docx"),
        "C604": ("pdf", "scan"),
        "C605": ("pdf", "txt"),
        "C606": ("docx", "html"),
        "C607": ("html", "pdf"),
        "C608": ("pdf", "docx"),
        "C609": ("docx", "txt"),
        "C610": ("html", "pdf"),
        "C611": ("pdf", "html"),
        "C612": ("docx", "pdf"),
        "C613": ("pdf", "docx"),
        "C614": ("html", "txt"),
        "C615": ("txt", "pdf"),
        "C616": ("docx", "html"),
        "C617": ("html", "pdf"),
        "C618": ("pdf", "docx"),
    }
)

# The twenty-second blind held-out set, second half (corpus/generator/conv_blind22b.py): only the earlier writers.
FORMATS.update(
    {
        "C619": ("pdf", "docx"),
        "C620": ("docx", "pdf"),
        "C621": ("pdf", "html"),
        "C622": ("docx", "pdf"),
        "C623": ("pdf", "docx"),
        "C624": ("pdf", "scan"),
        "C625": ("docx", "pdf"),
        "C626": ("pdf", "docx"),
        "C627": ("pdf", "txt"),
        "C628": ("html", "docx"),
        "C629": ("docx", "pdf"),
        "C630": ("html", "pdf"),
        "C631": ("pdf", "docx"),
        "C632": ("docx", "html"),
        "C633": ("pdf", "docx"),
        "C634": ("pdf", "html"),
        "C635": ("txt", "pdf"),
        "C636": ("docx", "txt"),
    }
)

# The twenty-third blind held-out set, first half (corpus/generator/conv_blind23a.py): only the earlier writers.
FORMATS.update(
    {
        "C637": ("pdf", "docx"),
        "C638": ("html", "pdf"),
        "C639": ("pdf", "txt"),
        "C640": ("docx", "pdf"),
        "C641": ("pdf", "scan"),
        "C642": ("html", "txt"),
        "C643": ("pdf", "docx"),
        "C644": ("docx", "html"),
        "C645": ("pdf", "docx"),
        "C646": ("pdf", "scan"),
        "C647": ("txt", "pdf"),
        "C648": ("pdf", "docx"),
        "C649": ("docx", "pdf"),
        "C650": ("pdf", "html"),
        "C651": ("docx", "pdf"),
        "C652": ("pdf", "docx"),
        "C653": ("docx", "pdf"),
        "C654": ("html", "pdf"),
    }
)
# The twenty-third blind held-out set, second half (corpus/generator/conv_blind23b.py): only the earlier writers.
# Each document's area, region and year are set by PLACES_23B, so that the councils, partnerships and agencies it
# names are those of its place and time (a county split into unitary councils, merged councils, royal boroughs,
# partnerships of two or three areas).
FORMATS.update(
    {
        "C655": ("pdf", "docx"),
        "C656": ("html", "scan"),
        "C657": ("pdf", "html"),
        "C658": ("docx", "pdf"),
        "C659": ("pdf", "txt"),
        "C660": ("pdf", "docx"),
        "C661": ("pdf", "txt"),
        "C662": ("docx", "html"),
        "C663": ("docx", "pdf"),
        "C664": ("pdf", "html"),
        "C665": ("pdf", "docx"),
        "C666": ("txt", "pdf"),
        "C667": ("pdf", "docx"),
        "C668": ("html", "pdf"),
        "C669": ("pdf", "html"),
        "C670": ("pdf", "scan"),
        "C671": ("pdf", "docx"),
        "C672": ("docx", "txt"),
    }
)
PLACES_23B = {
    "C655": (("Northamptonshire", "East Midlands", 2022), ("Cumbria", "North West", 2024)),
    "C656": (("Bournemouth, Christchurch and Poole", "South West", 2021), ("Buckinghamshire", "South East", 2022)),
    "C657": (("Greenwich", "London", 2020), ("Windsor and Maidenhead", "South East", 2023)),
    "C658": (("Richmond upon Thames", "London", 2021), ("Kingston upon Thames", "London", 2024)),
    "C659": (("Warrington", "North West", 2022), ("Wigan", "North West", 2020)),
    "C660": (("Halton", "North West", 2023), ("Medway", "South East", 2023)),
    "C661": (("North Tyneside", "North East", 2023), ("Sefton", "North West", 2024)),
    "C662": (("Wakefield", "Yorkshire and the Humber", 2023), ("Calderdale", "Yorkshire and the Humber", 2024)),
    "C663": (("Southend-on-Sea", "East of England", 2023), ("Thurrock", "East of England", 2021)),
    "C664": (("Rochdale", "North West", 2021), ("Luton", "East of England", 2024)),
    "C665": (("Stockport", "North West", 2023), ("Wirral", "North West", 2024)),
    "C666": (("Sandwell", "West Midlands", 2022), ("Sunderland", "North East", 2020)),
    "C667": (("Blackpool", "North West", 2022), ("Wokingham", "South East", 2021)),
    "C668": (("Stockton-on-Tees", "North East", 2023), ("Hartlepool", "North East", 2021)),
    "C669": (("Norfolk", "East of England", 2022), ("Suffolk", "East of England", 2023)),
    "C670": (("Slough", "South East", 2023), ("Milton Keynes", "South East", 2023)),
    "C671": (("Tameside", "North West", 2021), ("Oldham", "North West", 2024)),
    "C672": (("Worcestershire", "West Midlands", 2022), ("East Sussex", "South East", 2020)),
}
# The twenty-fourth blind held-out set, first half (corpus/generator/conv_blind24a.py): only the earlier writers.
# Reviews in specialist fields of harm (exploitation, online harm, FII, FGM and honour-based abuse, residential
# placements, care leavers, pre-birth, Prevent and Channel), all local reviews of 2021 on (YEARS_24A), since the
# guidance and services they name (RCPCH 2021 FII guidance, integrated care boards, Report Remove) are recent.
FORMATS.update(
    {
        "C673": ("pdf", "docx"),
        "C674": ("html", "pdf"),
        "C675": ("pdf", "txt"),
        "C676": ("docx", "html"),
        "C677": ("pdf", "scan"),
        "C678": ("html", "docx"),
        "C679": ("pdf", "docx"),
        "C680": ("docx", "pdf"),
        "C681": ("pdf", "html"),
        "C682": ("pdf", "txt"),
        "C683": ("docx", "pdf"),
        "C684": ("txt", "pdf"),
        "C685": ("pdf", "html"),
        "C686": ("pdf", "docx"),
        "C687": ("html", "pdf"),
        "C688": ("docx", "pdf"),
        "C689": ("pdf", "scan"),
        "C690": ("html", "txt"),
    }
)
YEARS_24A = {
    "C673": (2021, 2022),
    "C674": (2022, 2025),
    "C675": (2023, 2024),
    "C676": (2024, 2023),
    "C677": (2025, 2022),
    "C678": (2021, 2025),
    "C679": (2022, 2024),
    "C680": (2023, 2023),
    "C681": (2024, 2022),
    "C682": (2025, 2025),
    "C683": (2021, 2024),
    "C684": (2022, 2023),
    "C685": (2023, 2022),
    "C686": (2024, 2025),
    "C687": (2025, 2024),
    "C688": (2021, 2023),
    "C689": (2022, 2022),
    "C690": (2023, 2025),
}
# The twenty-fourth blind held-out set, second half (corpus/generator/conv_blind24b.py): only the earlier writers.
# Lessons of several kinds printed together, their kind told by their wording; authors as real reviews print them.
FORMATS.update(
    {
        "C691": ("pdf", "docx"),
        "C692": ("html", "pdf"),
        "C693": ("pdf", "txt"),
        "C694": ("docx", "html"),
        "C695": ("pdf", "scan"),
        "C696": ("pdf", "html"),
        "C697": ("pdf", "docx"),
        "C698": ("docx", "pdf"),
        "C699": ("html", "pdf"),
        "C700": ("docx", "html"),
        "C701": ("txt", "pdf"),
        "C702": ("pdf", "docx"),
        "C703": ("pdf", "html"),
        "C704": ("docx", "pdf"),
        "C705": ("pdf", "txt"),
        "C706": ("html", "pdf"),
        "C707": ("pdf", "docx"),
        "C708": ("pdf", "html"),
    }
)
# The twenty-fifth blind held-out set, first half (corpus/generator/conv_blind25a.py): only the earlier writers.
# The mainstream full-length report (LCSPRs and SCRs with all their parts) and metadata scattered as such reports do.
FORMATS.update(
    {
        "C709": ("pdf", "docx"),
        "C710": ("docx", "pdf"),
        "C711": ("pdf", "scan"),
        "C712": ("pdf", "html"),
        "C713": ("html", "pdf"),
        "C714": ("pdf", "txt"),
        "C715": ("docx", "html"),
        "C716": ("pdf", "txt"),
        "C717": ("txt", "pdf"),
        "C718": ("pdf", "docx"),
        "C719": ("pdf", "docx"),
        "C720": ("docx", "pdf"),
        "C721": ("html", "docx"),
        "C722": ("pdf", "txt"),
        "C723": ("pdf", "html"),
        "C724": ("docx", "pdf"),
        "C725": ("html", "txt"),
        "C726": ("pdf", "docx"),
    }
)
# The twenty-fifth blind held-out set, second half (corpus/generator/conv_blind25b.py): only the earlier writers.
# The inner structure of lessons (sub-recommendations, bullets, quotations, references, cross-references, rationale);
# the review type as real documents signal it.
FORMATS.update(
    {
        "C727": ("pdf", "docx"),
        "C728": ("pdf", "docx"),
        "C729": ("docx", "html"),
        "C730": ("pdf", "txt"),
        "C731": ("html", "pdf"),
        "C732": ("pdf", "docx"),
        "C733": ("pdf", "scan"),
        "C734": ("txt", "pdf"),
        "C735": ("docx", "html"),
        "C736": ("pdf", "html"),
        "C737": ("pdf", "docx"),
        "C738": ("html", "pdf"),
        "C739": ("pdf", "txt"),
        "C740": ("pdf", "html"),
        "C741": ("docx", "pdf"),
        "C742": ("pdf", "scan"),
        "C743": ("html", "docx"),
        "C744": ("pdf", "txt"),
    }
)
# The twenty-sixth blind held-out set, first half (corpus/generator/conv_blind26a.py): only the earlier writers.
# Full reviews from publishers and eras less covered (the Panel's national reviews, SCRs of 2010-2014 with IMR
# summaries, LCSPRs grown out of rapid reviews) and the material around their lessons; metadata as they print it.
FORMATS.update(
    {
        "C745": ("pdf", "docx"),
        "C746": ("pdf", "html"),
        "C747": ("pdf", "scan"),
        "C748": ("pdf", "txt"),
        "C749": ("docx", "pdf"),
        "C750": ("pdf", "txt"),
        "C751": ("html", "pdf"),
        "C752": ("docx", "html"),
        "C753": ("pdf", "docx"),
        "C754": ("pdf", "html"),
        "C755": ("docx", "pdf"),
        "C756": ("pdf", "docx"),
        "C757": ("txt", "pdf"),
        "C758": ("pdf", "docx"),
        "C759": ("html", "pdf"),
        "C760": ("pdf", "docx"),
        "C761": ("pdf", "txt"),
        "C762": ("docx", "pdf"),
    }
)
# Each document's year: the Panel's national reviews from 2021, SCRs of 2010-2014 (C747, C755, C761), an SCR the LSCB
# commissioned and the partnership published (C748, 2020), LCSPRs of 2020 on; C756 prints a full date.
YEARS_26A = {
    "C745": (2022, 2024),
    "C746": (2021, 2025),
    "C747": (2011, 2013),
    "C748": (2020, 2020),
    "C755": (2012, 2014),
    "C761": (2010, 2011),
    **{f"C{n}": (2020 + n % 5, 2021 + (n + 2) % 5) for n in (749, 750, 751, 752, 753, 754, 756, 757, 758, 759, 760,
                                                             762)},
}  # fmt: skip
# The twenty-sixth blind held-out set, second half (corpus/generator/conv_blind26b.py): only the earlier writers.
# The furniture of long published PDFs and web pages between and around lessons; metadata only the furniture prints.
FORMATS.update(
    {
        "C763": ("pdf", "docx"),
        "C764": ("txt", "pdf"),
        "C765": ("pdf", "docx"),
        "C766": ("pdf", "html"),
        "C767": ("pdf", "docx"),
        "C768": ("pdf", "txt"),
        "C769": ("html", "txt"),
        "C770": ("pdf", "txt"),
        "C771": ("pdf", "txt"),
        "C772": ("pdf", "docx"),
        "C773": ("html", "txt"),
        "C774": ("pdf", "scan"),
        "C775": ("pdf", "docx"),
        "C776": ("pdf", "txt"),
        "C777": ("html", "txt"),
        "C778": ("pdf", "txt"),
        "C779": ("pdf", "txt"),
        "C780": ("html", "txt"),
    }
)
# The twenty-seventh blind held-out set, first half (corpus/generator/conv_blind27a.py): only the earlier writers.
# Who each lesson is for (addressees as real reviews print them) and areas as partnerships of several councils print
# them; each document's area, region and year are set by PLACES_27A, so that the agencies it names fit its place and time.
FORMATS.update(
    {
        "C781": ("pdf", "docx"),
        "C782": ("pdf", "txt"),
        "C783": ("docx", "html"),
        "C784": ("pdf", "scan"),
        "C785": ("pdf", "html"),
        "C786": ("docx", "pdf"),
        "C787": ("pdf", "txt"),
        "C788": ("html", "txt"),
        "C789": ("pdf", "docx"),
        "C790": ("html", "txt"),
        "C791": ("pdf", "txt"),
        "C792": ("pdf", "docx"),
        "C793": ("html", "txt"),
        "C794": ("pdf", "docx"),
        "C795": ("docx", "pdf"),
        "C796": ("pdf", "html"),
        "C797": ("docx", "txt"),
        "C798": ("html", "pdf"),
    }
)
PLACES_27A = {
    "C781": (("Dorset", "South West", 2022), ("Bournemouth, Christchurch and Poole", "South West", 2023)),
    "C782": (("Cheshire West and Chester", "North West", 2021), ("Cheshire East", "North West", 2023)),
    "C783": (("Barnet", "London", 2022), ("Haringey", "London", 2024)),
    "C784": (("Swindon", "South West", 2023), ("Wiltshire", "South West", 2021)),
    "C785": (("Reading", "South East", 2022), ("West Berkshire", "South East", 2024)),
    "C786": (("Kirklees", "Yorkshire and the Humber", 2021), ("Leeds", "Yorkshire and the Humber", 2023)),
    "C787": (("Bath and North East Somerset", "South West", 2023), ("Somerset", "South West", 2024)),
    "C788": (("Devon", "South West", 2022), ("Plymouth", "South West", 2024)),
    "C789": (("Derby", "East Midlands", 2022), ("Derbyshire", "East Midlands", 2023)),
    "C790": (("Knowsley", "North West", 2023), ("St Helens", "North West", 2022)),
    "C791": (("Bolton", "North West", 2021), ("Bury", "North West", 2023)),
    "C792": (("Gateshead", "North East", 2022), ("Northumberland", "North East", 2024)),
    "C793": (("Lambeth", "London", 2023), ("Southwark", "London", 2021)),
    "C794": (
        ("North Yorkshire", "Yorkshire and the Humber", 2023),
        ("East Riding of Yorkshire", "Yorkshire and the Humber", 2022),
    ),
    "C795": (("Hertfordshire", "East of England", 2021), ("Essex", "East of England", 2023)),
    "C796": (("Stoke-on-Trent", "West Midlands", 2022), ("Staffordshire", "West Midlands", 2024)),
    "C797": (("Herefordshire", "West Midlands", 2023), ("Shropshire", "West Midlands", 2021)),
    "C798": (("Sheffield", "Yorkshire and the Humber", 2023), ("Rotherham", "Yorkshire and the Humber", 2022)),
}
# The twenty-seventh blind held-out set, second half (corpus/generator/conv_blind27b.py): only the earlier writers.
# Reviews published in 2024-2026 under Working Together 2023 (YEARS_27B).
FORMATS.update(
    {
        "C799": ("pdf", "docx"),
        "C800": ("pdf", "html"),
        "C801": ("docx", "pdf"),
        "C802": ("pdf", "txt"),
        "C803": ("pdf", "docx"),
        "C804": ("pdf", "html"),
        "C805": ("pdf", "txt"),
        "C806": ("docx", "pdf"),
        "C807": ("html", "txt"),
        "C808": ("pdf", "docx"),
        "C809": ("pdf", "txt"),
        "C810": ("pdf", "docx"),
        "C811": ("pdf", "scan"),
        "C812": ("pdf", "html"),
        "C813": ("pdf", "txt"),
        "C814": ("docx", "pdf"),
        "C815": ("pdf", "txt"),
        "C816": ("html", "pdf"),
    }
)
YEARS_27B = {f"C{n}": (2024 + n % 3, 2024 + (n + 1) % 3) for n in range(799, 817)}
# The twenty-eighth blind held-out set, first half (corpus/generator/conv_blind28a.py): only the earlier writers.
# The ordinary middle of the collection: each document's area, region and year are set by PLACES_28A (serious case
# reviews of 2011-2018, practice reviews of 2020-2026, briefings, a repository entry, a web page, a Panel review).
FORMATS.update(
    {
        "C817": ("pdf", "docx"),
        "C818": ("pdf", "scan"),
        "C819": ("pdf", "docx"),
        "C820": ("pdf", "docx"),
        "C821": ("pdf", "txt"),
        "C822": ("pdf", "html"),
        "C823": ("pdf", "docx"),
        "C824": ("html", "txt"),
        "C825": ("html", "txt"),
        "C826": ("pdf", "docx"),
        "C827": ("pdf", "html"),
        "C828": ("pdf", "txt"),
        "C829": ("docx", "pdf"),
        "C830": ("pdf", "html"),
        "C831": ("pdf", "docx"),
        "C832": ("pdf", "txt"),
        "C833": ("pdf", "pdf"),
        "C834": ("pdf", "docx"),
    }
)
PLACES_28A = {
    "C817": (("Lancashire", "North West", 2014), ("Cumbria", "North West", 2016)),
    "C818": (("Birmingham", "West Midlands", 2012), ("Coventry", "West Midlands", 2013)),
    "C819": (("Kent", "South East", 2016), ("Medway", "South East", 2017)),
    "C820": (("Leeds", "Yorkshire and the Humber", 2021), ("Bradford", "Yorkshire and the Humber", 2023)),
    "C821": (("Norfolk", "East of England", 2023), ("Suffolk", "East of England", 2022)),
    "C822": (("Croydon", "London", 2020), ("Lewisham", "London", 2022)),
    "C823": (("Wolverhampton", "West Midlands", 2022), ("Sandwell", "West Midlands", 2024)),
    "C824": (("Wigan", "North West", 2015), ("Salford", "North West", 2021)),
    "C825": (("Nottinghamshire", "East Midlands", 2023), ("Leicestershire", "East Midlands", 2025)),
    "C826": (("Hampshire", "South East", 2017), ("Southampton", "South East", 2022)),
    "C827": (("", "", 2021), ("", "", 2023)),
    "C828": (("Sunderland", "North East", 2011), ("North Tyneside", "North East", 2013)),
    "C829": (("Bristol", "South West", 2024), ("Gloucestershire", "South West", 2026)),
    "C830": (("Enfield", "London", 2020), ("Brent", "London", 2021)),
    "C831": (("Torbay", "South West", 2020), ("Devon", "South West", 2023)),
    "C832": (("Liverpool", "North West", 2025), ("Manchester", "North West", 2024)),
    "C833": (("Essex", "East of England", 2016), ("Hertfordshire", "East of England", 2018)),
    "C834": (("Darlington", "North East", 2022), ("Middlesbrough", "North East", 2020)),
}
# The twenty-eighth blind held-out set, second half (corpus/generator/conv_blind28b.py): only the earlier writers.
# Reviews as publishing pipelines deliver them (Word saved as PDF, printed web pages, CMS pages, text copies, one
# scanned copy); each document's area, region and year are set by PLACES_28B (2012-2026, across England).
FORMATS.update(
    {
        "C835": ("pdf", "docx"),
        "C836": ("pdf", "scan"),
        "C837": ("pdf", "txt"),
        "C838": ("html", "pdf"),
        "C839": ("html", "pdf"),
        "C840": ("docx", "pdf"),
        "C841": ("txt", "pdf"),
        "C842": ("pdf", "docx"),
        "C843": ("pdf", "docx"),
        "C844": ("pdf", "html"),
        "C845": ("html", "txt"),
        "C846": ("html", "txt"),
        "C847": ("pdf", "docx"),
        "C848": ("docx", "pdf"),
        "C849": ("pdf", "docx"),
        "C850": ("docx", "pdf"),
        "C851": ("pdf", "txt"),
        "C852": ("docx", "html"),
    }
)
PLACES_28B = {
    "C835": (("Warrington", "North West", 2021), ("Cumbria", "North West", 2020)),
    "C836": (("Lincolnshire", "East Midlands", 2017), ("Nottinghamshire", "East Midlands", 2014)),
    "C837": (("Brighton and Hove", "South East", 2022), ("Kent", "South East", 2025)),
    "C838": (("Leeds", "Yorkshire and the Humber", 2024), ("Bradford", "Yorkshire and the Humber", 2020)),
    "C839": (("Birmingham", "West Midlands", 2023), ("Coventry", "West Midlands", 2026)),
    "C840": (("Suffolk", "East of England", 2019), ("Norfolk", "East of England", 2016)),
    "C841": (("Cornwall", "South West", 2015), ("Devon", "South West", 2020)),
    "C842": (("Newcastle upon Tyne", "North East", 2022), ("Sunderland", "North East", 2018)),
    "C843": (("Lancashire", "North West", 2021), ("Blackburn with Darwen", "North West", 2013)),
    "C844": (("Islington", "London", 2021), ("Hackney", "London", 2024)),
    "C845": (("Portsmouth", "South East", 2023), ("Southampton", "South East", 2017)),
    "C846": (("Leicestershire", "East Midlands", 2025), ("Northumberland", "North East", 2021)),
    "C847": (("Doncaster", "Yorkshire and the Humber", 2012), ("Kingston upon Hull", "Yorkshire and the Humber", 2022)),
    "C848": (("Oxfordshire", "South East", 2020), ("Surrey", "South East", 2024)),
    "C849": (("Manchester", "North West", 2023), ("Trafford", "North West", 2016)),
    "C850": (("Hampshire", "South East", 2018), ("Bristol", "South West", 2026)),
    "C851": (("Croydon", "London", 2022), ("Tower Hamlets", "London", 2014)),
    "C852": (("Sandwell", "West Midlands", 2020), ("Wolverhampton", "West Midlands", 2025)),
}
# The twenty-ninth blind held-out set, first half (corpus/generator/conv_blind29a.py): only the earlier writers.
# Full-length reports that print their lessons more than once; each document's area, region and year are set by
# PLACES_29A (serious case reviews of 2010-2018, practice reviews of 2019-2026, a SILP report, a rapid review
# summary, a Panel national review).
FORMATS.update(
    {
        "C853": ("pdf", "docx"),
        "C854": ("pdf", "txt"),
        "C855": ("pdf", "docx"),
        "C856": ("pdf", "html"),
        "C857": ("pdf", "docx"),
        "C858": ("pdf", "txt"),
        "C859": ("pdf", "docx"),
        "C860": ("pdf", "html"),
        "C861": ("docx", "html"),
        "C862": ("pdf", "scan"),
        "C863": ("pdf", "docx"),
        "C864": ("pdf", "txt"),
        "C865": ("pdf", "docx"),
        "C866": ("pdf", "html"),
        "C867": ("pdf", "docx"),
        "C868": ("txt", "pdf"),
        "C869": ("pdf", "docx"),
        "C870": ("html", "pdf"),
    }
)
PLACES_29A = {
    "C853": (("Staffordshire", "West Midlands", 2015), ("Shropshire", "West Midlands", 2014)),
    "C854": (("Derbyshire", "East Midlands", 2021), ("Derby", "East Midlands", 2023)),
    "C855": (("Sheffield", "Yorkshire and the Humber", 2022), ("Rotherham", "Yorkshire and the Humber", 2025)),
    "C856": (("Hertfordshire", "East of England", 2017), ("Bedford", "East of England", 2016)),
    "C857": (("Plymouth", "South West", 2020), ("Somerset", "South West", 2024)),
    "C858": (("Nottingham", "East Midlands", 2013), ("Lincolnshire", "East Midlands", 2016)),
    "C859": (("Wiltshire", "South West", 2017), ("Swindon", "South West", 2021)),
    "C860": (("", "", 2021), ("", "", 2024)),
    "C861": (("Calderdale", "Yorkshire and the Humber", 2021), ("Kirklees", "Yorkshire and the Humber", 2023)),
    "C862": (("Haringey", "London", 2010), ("Westminster", "London", 2012)),
    "C863": (("Cheshire East", "North West", 2022), ("Cheshire West and Chester", "North West", 2020)),
    "C864": (("West Berkshire", "South East", 2023), ("Reading", "South East", 2021)),
    "C865": (("Milton Keynes", "South East", 2022), ("Buckinghamshire", "South East", 2024)),
    "C866": (("Stockport", "North West", 2022), ("Tameside", "North West", 2024)),
    "C867": (("Durham", "North East", 2014), ("Gateshead", "North East", 2017)),
    "C868": (
        ("Kingston upon Hull", "Yorkshire and the Humber", 2022),
        ("East Riding of Yorkshire", "Yorkshire and the Humber", 2025),
    ),
    "C869": (("Barnet", "London", 2021), ("Camden", "London", 2020)),
    "C870": (("Southwark", "London", 2025), ("Lambeth", "London", 2026)),
}
# The twenty-ninth blind held-out set, second half (corpus/generator/conv_blind29b.py): only the earlier writers.
# The review methods' house styles and joint reviews (2013-2026, across England, one scanned copy); each document's
# area, region and year are set by PLACES_29B, and the case a joint or sibling review needs by SCENARIOS_29B.
FORMATS.update(
    {
        "C871": ("pdf", "docx"),
        "C872": ("docx", "html"),
        "C873": ("pdf", "txt"),
        "C874": ("html", "docx"),
        "C875": ("docx", "pdf"),
        "C876": ("pdf", "docx"),
        "C877": ("pdf", "html"),
        "C878": ("docx", "txt"),
        "C879": ("pdf", "scan"),
        "C880": ("html", "pdf"),
        "C881": ("pdf", "docx"),
        "C882": ("docx", "html"),
        "C883": ("pdf", "docx"),
        "C884": ("html", "txt"),
        "C885": ("pdf", "docx"),
        "C886": ("docx", "txt"),
        "C887": ("txt", "pdf"),
        "C888": ("pdf", "html"),
    }
)
PLACES_29B = {
    "C871": (("Lancashire", "North West", 2013), ("Cumbria", "North West", 2016)),
    "C872": (("Wigan", "North West", 2021), ("Salford", "North West", 2023)),
    "C873": (("Devon", "South West", 2018), ("Plymouth", "South West", 2022)),
    "C874": (("Sheffield", "Yorkshire and the Humber", 2019), ("Barnsley", "Yorkshire and the Humber", 2015)),
    "C875": (("Kent", "South East", 2020), ("Medway", "South East", 2024)),
    "C876": (("Birmingham", "West Midlands", 2021), ("Solihull", "West Midlands", 2023)),
    "C877": (("Leeds", "Yorkshire and the Humber", 2022), ("Bradford", "Yorkshire and the Humber", 2017)),
    "C878": (("Norfolk", "East of England", 2020), ("Suffolk", "East of England", 2017)),
    "C879": (("Knowsley", "North West", 2021), ("Gateshead", "North East", 2016)),
    "C880": (("Nottingham", "East Midlands", 2022), ("Derby", "East Midlands", 2015)),
    "C881": (("Rotherham", "Yorkshire and the Humber", 2020), ("Doncaster", "Yorkshire and the Humber", 2024)),
    "C882": (("Hertfordshire", "East of England", 2023), ("Essex", "East of England", 2019)),
    "C883": (("Bristol", "South West", 2014), ("South Gloucestershire", "South West", 2017)),
    "C884": (("Camden", "London", 2024), ("Islington", "London", 2026)),
    "C885": (("Cornwall", "South West", 2021), ("Wiltshire", "South West", 2025)),
    "C886": (("Northumberland", "North East", 2015), ("North Tyneside", "North East", 2019)),
    "C887": (("Wakefield", "Yorkshire and the Humber", 2017), ("Calderdale", "Yorkshire and the Humber", 2022)),
    "C888": (("Leicester", "East Midlands", 2024), ("Northamptonshire", "East Midlands", 2021)),
}
SCENARIOS_29B = {
    "C877": ("DA", "DA"),
    "C878": ("PARENTAL", "NEGLECT"),
    "C879": ("DA", "DA"),
    "C880": ("NEGLECT", "NEGLECT"),
    "C881": ("SUDI", "SUDI"),
    "C885": ("PARENTAL", "PARENTAL"),
    "C886": ("DA", "DA"),
    "C888": ("NAI", "NAI"),
}
# The thirtieth blind held-out set, first half (corpus/generator/conv_blind30a.py): only the earlier writers.
# Lessons that carry quotations, footnotes, citations, case-example boxes, evidence tables and sub-lists inside them,
# some across a page break; each document's area, region and year are set by PLACES_30A (serious case reviews of
# 2011-2018, practice reviews of 2020-2026, a SILP report, a rapid review summary, a Panel national review and a
# seven-minute briefing).
FORMATS.update(
    {
        "C889": ("pdf", "docx"),
        "C890": ("pdf", "txt"),
        "C891": ("pdf", "docx"),
        "C892": ("pdf", "html"),
        "C893": ("pdf", "docx"),
        "C894": ("pdf", "html"),
        "C895": ("docx", "txt"),
        "C896": ("pdf", "docx"),
        "C897": ("pdf", "html"),
        "C898": ("scan", "pdf"),
        "C899": ("html", "docx"),
        "C900": ("pdf", "txt"),
        "C901": ("pdf", "docx"),
        "C902": ("pdf", "html"),
        "C903": ("pdf", "txt"),
        "C904": ("docx", "pdf"),
        "C905": ("html", "txt"),
        "C906": ("pdf", "docx"),
    }
)
PLACES_30A = {
    "C889": (("Lancashire", "North West", 2014), ("Cumbria", "North West", 2013)),
    "C890": (("Leeds", "Yorkshire and the Humber", 2022), ("Bradford", "Yorkshire and the Humber", 2024)),
    "C891": (("Wigan", "North West", 2021), ("Bolton", "North West", 2023)),
    "C892": (("Hampshire", "South East", 2016), ("Southampton", "South East", 2017)),
    "C893": (("Essex", "East of England", 2020), ("Southend-on-Sea", "East of England", 2023)),
    "C894": (("", "", 2021), ("", "", 2023)),
    "C895": (("Coventry", "West Midlands", 2021), ("Warwickshire", "West Midlands", 2023)),
    "C896": (("Sefton", "North West", 2021), ("Wirral", "North West", 2024)),
    "C897": (("Kent", "South East", 2022), ("Medway", "South East", 2024)),
    "C898": (("Lewisham", "London", 2011), ("Islington", "London", 2012)),
    "C899": (("Croydon", "London", 2023), ("Lambeth", "London", 2025)),
    "C900": (("Norfolk", "East of England", 2020), ("Suffolk", "East of England", 2025)),
    "C901": (("Devon", "South West", 2017), ("Torbay", "South West", 2018)),
    "C902": (("Derbyshire", "East Midlands", 2022), ("Nottinghamshire", "East Midlands", 2024)),
    "C903": (("Leicestershire", "East Midlands", 2015), ("Northamptonshire", "East Midlands", 2013)),
    "C904": (("Oxfordshire", "South East", 2021), ("Buckinghamshire", "South East", 2020)),
    "C905": (("Manchester", "North West", 2024), ("Salford", "North West", 2026)),
    "C906": (("Cornwall", "South West", 2023), ("Plymouth", "South West", 2020)),
}
# The thirtieth blind held-out set, second half (corpus/generator/conv_blind30b.py): only the earlier writers.
# Labels and numbering in the forms real reviews print, and metadata in unusual forms (2010-2025, across England, one
# scanned copy); each document's area, region and year are set by PLACES_30B, its case by SCENARIOS_30B and the age
# its bank texts must fit by AGES_30B.
FORMATS.update(
    {
        "C907": ("pdf", "docx"),
        "C908": ("html", "pdf"),
        "C909": ("docx", "pdf"),
        "C910": ("docx", "txt"),
        "C911": ("pdf", "html"),
        "C912": ("docx", "pdf"),
        "C913": ("html", "txt"),
        "C914": ("pdf", "docx"),
        "C915": ("docx", "html"),
        "C916": ("pdf", "txt"),
        "C917": ("pdf", "docx"),
        "C918": ("txt", "scan"),
        "C919": ("pdf", "html"),
        "C920": ("pdf", "docx"),
        "C921": ("docx", "html"),
        "C922": ("pdf", "docx"),
        "C923": ("docx", "pdf"),
        "C924": ("html", "pdf"),
    }
)
PLACES_30B = {
    "C907": (("Wiltshire", "South West", 2018), ("Swindon", "South West", 2016)),
    "C908": (
        ("Bath and North East Somerset", "South West", 2021),
        ("Bath and North East Somerset", "South West", 2024),
    ),
    "C909": (("Windsor and Maidenhead", "South East", 2023), ("Greenwich", "London", 2021)),
    "C910": (("Stockport", "North West", 2022), ("Trafford", "North West", 2020)),
    "C911": (("Wolverhampton", "West Midlands", 2021), ("Sandwell", "West Midlands", 2023)),
    "C912": (
        ("Bournemouth, Christchurch and Poole", "South West", 2020),
        ("Bournemouth, Christchurch and Poole", "South West", 2023),
    ),
    "C913": (("Kirklees", "Yorkshire and the Humber", 2021), ("Bury", "North West", 2023)),
    "C914": (("Coventry", "West Midlands", 2022), ("Warwickshire", "West Midlands", 2020)),
    "C915": (("Oldham", "North West", 2020), ("Rochdale", "North West", 2022)),
    "C916": (("Leicestershire", "East Midlands", 2016), ("Northamptonshire", "East Midlands", 2014)),
    "C917": (("Sunderland", "North East", 2021), ("Durham", "North East", 2017)),
    "C918": (("Stoke-on-Trent", "West Midlands", 2010), ("Staffordshire", "West Midlands", 2012)),
    "C919": (("Hampshire", "South East", 2020), ("Portsmouth", "South East", 2024)),
    "C920": (("", "", 2021), ("", "", 2024)),
    "C921": (("Gloucestershire", "South West", 2023), ("Worcestershire", "West Midlands", 2021)),
    "C922": (("Walsall", "West Midlands", 2024), ("Dudley", "West Midlands", 2020)),
    "C923": (("Cheshire East", "North West", 2022), ("Cheshire West and Chester", "North West", 2025)),
    "C924": (("Luton", "East of England", 2021), ("Bedford", "East of England", 2023)),
}
SCENARIOS_30B = {
    "C910": ("PARENTAL", "PARENTAL"),
    "C911": ("NAI", "SUDI"),
    "C912": ("DA", "DA"),
    "C914": ("CCE", "CCE"),
    "C917": ("PARENTAL", "NEGLECT"),
    "C920": ("NAI", "NEGLECT"),
    "C922": ("NEGLECT", "DA"),
}
# The thirty-first blind held-out set, first half (corpus/generator/conv_blind31a.py): only the earlier writers.
# Designed layouts (two-column pages with pull quotes, call-out boxes, tiles, sidebars, margin headings, landscape
# pages bound into portrait reports, icons as bullets) and designed covers; each document's area, region and year
# are set by PLACES_31A (serious case reviews of 2012-2018, practice reviews of 2020-2025, briefings and a Panel
# national review summary).
FORMATS.update(
    {
        "C925": ("pdf", "html"),
        "C926": ("pdf", "docx"),
        "C927": ("pdf", "html"),
        "C928": ("pdf", "docx"),
        "C929": ("docx", "pdf"),
        "C930": ("pdf", "docx"),
        "C931": ("html", "docx"),
        "C932": ("pdf", "docx"),
        "C933": ("pdf", "txt"),
        "C934": ("pdf", "docx"),
        "C935": ("pdf", "html"),
        "C936": ("scan", "docx"),
        "C937": ("docx", "pdf"),
        "C938": ("pdf", "html"),
        "C939": ("html", "pdf"),
        "C940": ("pdf", "docx"),
        "C941": ("pdf", "docx"),
        "C942": ("docx", "pdf"),
    }
)
PLACES_31A = {
    "C925": (("Newcastle upon Tyne", "North East", 2022), ("Gateshead", "North East", 2024)),
    "C926": (("Derby", "East Midlands", 2015), ("Nottingham", "East Midlands", 2017)),
    "C927": (("Blackpool", "North West", 2022), ("Blackburn with Darwen", "North West", 2024)),
    "C928": (("", "", 2021), ("", "", 2023)),
    "C929": (("Hertfordshire", "East of England", 2023), ("Cambridgeshire", "East of England", 2021)),
    "C930": (("Bristol", "South West", 2014), ("North Somerset", "South West", 2016)),
    "C931": (("Brighton and Hove", "South East", 2024), ("West Sussex", "South East", 2025)),
    "C932": (("Sheffield", "Yorkshire and the Humber", 2023), ("Rotherham", "Yorkshire and the Humber", 2020)),
    "C933": (("Somerset", "South West", 2017), ("Dorset", "South West", 2016)),
    "C934": (("Barnsley", "Yorkshire and the Humber", 2021), ("Doncaster", "Yorkshire and the Humber", 2022)),
    "C935": (("Stockton-on-Tees", "North East", 2024), ("Middlesbrough", "North East", 2025)),
    "C936": (("Hartlepool", "North East", 2012), ("Darlington", "North East", 2013)),
    "C937": (("Peterborough", "East of England", 2021), ("Thurrock", "East of England", 2022)),
    "C938": (("Camden", "London", 2022), ("Haringey", "London", 2020)),
    "C939": (("Southwark", "London", 2023), ("Lewisham", "London", 2025)),
    "C940": (("Surrey", "South East", 2016), ("East Sussex", "South East", 2018)),
    "C941": (("Calderdale", "Yorkshire and the Humber", 2025), ("Wakefield", "Yorkshire and the Humber", 2023)),
    "C942": (("Milton Keynes", "South East", 2020), ("Reading", "South East", 2022)),
}
AGES_30B = {
    "C910": "2 years",
    "C911": "16 weeks",
    "C914": "14 years",
    "C917": "22 months",
    "C922": "5 years",
}
# The thirty-first blind held-out set, second half (corpus/generator/conv_blind31b.py): only the earlier writers.
# Text as conversions leave it (OCR text, ligatures, lost spaces, wrong code pages, page furniture, tabs, zero-width
# spaces, quoted-printable e-mail, optional hyphens, glyph codes) and metadata damaged the same way (2009-2025, across
# England, one scanned copy); each document's area, region and year are set by PLACES_31B.
FORMATS.update(
    {
        "C943": ("txt", "scan"),
        "C944": ("pdf", "txt"),
        "C945": ("txt", "docx"),
        "C946": ("docx", "docx"),
        "C947": ("txt", "html"),
        "C948": ("txt", "docx"),
        "C949": ("docx", "txt"),
        "C950": ("docx", "txt"),
        "C951": ("docx", "html"),
        "C952": ("docx", "pdf"),
        "C953": ("txt", "html"),
        "C954": ("html", "docx"),
        "C955": ("txt", "docx"),
        "C956": ("docx", "txt"),
        "C957": ("txt", "html"),
        "C958": ("html", "txt"),
        "C959": ("txt", "docx"),
        "C960": ("txt", "html"),
    }
)
PLACES_31B = {
    "C943": (("Bolton", "North West", 2009), ("Rochdale", "North West", 2011)),
    "C944": (("Suffolk", "East of England", 2022), ("Trafford", "North West", 2017)),
    "C945": (("Barnsley", "Yorkshire and the Humber", 2020), ("North Lincolnshire", "Yorkshire and the Humber", 2016)),
    "C946": (("Cumbria", "North West", 2022), ("Lancashire", "North West", 2025)),
    "C947": (("Wirral", "North West", 2021), ("Halton", "North West", 2018)),
    "C948": (("Rotherham", "Yorkshire and the Humber", 2023), ("Doncaster", "Yorkshire and the Humber", 2015)),
    "C949": (("Salford", "North West", 2024), ("Stockport", "North West", 2020)),
    "C950": (("Calderdale", "Yorkshire and the Humber", 2022), ("Bradford", "Yorkshire and the Humber", 2014)),
    "C951": (("Hertfordshire", "East of England", 2021), ("Essex", "East of England", 2017)),
    "C952": (("Stoke-on-Trent", "West Midlands", 2021), ("Southend-on-Sea", "East of England", 2016)),
    "C953": (("Kent", "South East", 2023), ("Medway", "South East", 2020)),
    "C954": (("Camden", "London", 2022), ("Islington", "London", 2017)),
    "C955": (("Knowsley", "North West", 2020), ("Sefton", "North West", 2013)),
    "C956": (("Leeds", "Yorkshire and the Humber", 2023), ("York", "Yorkshire and the Humber", 2012)),
    "C957": (("Nottingham", "East Midlands", 2018), ("Derby", "East Midlands", 2025)),
    "C958": (("Kingston upon Thames", "London", 2016), ("Hounslow", "London", 2021)),
    "C959": (("Tameside", "North West", 2022), ("Oldham", "North West", 2019)),
    "C960": (("Sheffield", "Yorkshire and the Humber", 2023), ("Wakefield", "Yorkshire and the Humber", 2018)),
}
# The thirty-second blind held-out set, first half (corpus/generator/conv_blind32a.py): only the earlier writers.
# Text that reads like a lesson but is not one (terms of reference, key lines of enquiry, actions taken, IMR summaries,
# earlier reviews quoted, guidance extracts, responses and progress notes, reflective questions, the family's words,
# research) and metadata confounders; each document's area, region and year are set by PLACES_32A (serious case
# reviews of 2011-2017, practice reviews of 2020-2025, briefings and a rapid review summary, one scanned copy).
FORMATS.update(
    {
        "C961": ("pdf", "docx"),
        "C962": ("docx", "txt"),
        "C963": ("pdf", "html"),
        "C964": ("html", "txt"),
        "C965": ("scan", "pdf"),
        "C966": ("pdf", "docx"),
        "C967": ("docx", "pdf"),
        "C968": ("pdf", "html"),
        "C969": ("txt", "docx"),
        "C970": ("pdf", "docx"),
        "C971": ("docx", "html"),
        "C972": ("pdf", "txt"),
        "C973": ("docx", "pdf"),
        "C974": ("html", "pdf"),
        "C975": ("pdf", "docx"),
        "C976": ("txt", "html"),
        "C977": ("pdf", "docx"),
        "C978": ("docx", "txt"),
    }
)
PLACES_32A = {
    "C961": (("Leicestershire", "East Midlands", 2014), ("Lincolnshire", "East Midlands", 2016)),
    "C962": (("Norfolk", "East of England", 2022), ("Suffolk", "East of England", 2023)),
    "C963": (("Wigan", "North West", 2021), ("St Helens", "North West", 2023)),
    "C964": (("Devon", "South West", 2022), ("Torbay", "South West", 2024)),
    "C965": (("Sunderland", "North East", 2011), ("South Tyneside", "North East", 2013)),
    "C966": (("Coventry", "West Midlands", 2021), ("Warwickshire", "West Midlands", 2022)),
    "C967": (("Walsall", "West Midlands", 2013), ("Sandwell", "West Midlands", 2015)),
    "C968": (("Lambeth", "London", 2023), ("Croydon", "London", 2022)),
    "C969": (("Oxfordshire", "South East", 2022), ("Buckinghamshire", "South East", 2024)),
    "C970": (("Leeds", "Yorkshire and the Humber", 2020), ("Kirklees", "Yorkshire and the Humber", 2021)),
    "C971": (("Plymouth", "South West", 2024), ("Cornwall", "South West", 2025)),
    "C972": (("Northumberland", "North East", 2016), ("North Tyneside", "North East", 2018)),
    "C973": (("Manchester", "North West", 2025), ("Bury", "North West", 2024)),
    "C974": (("Luton", "East of England", 2022), ("Central Bedfordshire", "East of England", 2023)),
    "C975": (("Bath and North East Somerset", "South West", 2020), ("Somerset", "South West", 2022)),
    "C976": (("Enfield", "London", 2024), ("Barnet", "London", 2021)),
    "C977": (("Staffordshire", "West Midlands", 2017), ("Shropshire", "West Midlands", 2015)),
    "C978": (("Kent", "South East", 2021), ("Medway", "South East", 2023)),
}

# The thirty-second blind held-out set, second half (corpus/generator/conv_blind32b.py): only the earlier writers.
# Metadata as real documents give it (a title only in a running header or a first sentence, an area in a combined
# partnership, an address block or a citation, dates as seasons, months in words, version rows and colophons, review
# types as acronyms and straplines, a child only in the body or as a family, ages in phrases, authors in forewords,
# acknowledgements and citations), 2010-2025, one scanned copy; each document's place, year, case and age are set by
# PLACES_32B, SCENARIOS_32B and AGES_32B.
FORMATS.update(
    {
        "C979": ("pdf", "txt"),
        "C980": ("docx", "html"),
        "C981": ("pdf", "docx"),
        "C982": ("docx", "txt"),
        "C983": ("pdf", "docx"),
        "C984": ("pdf", "txt"),
        "C985": ("html", "docx"),
        "C986": ("docx", "html"),
        "C987": ("pdf", "html"),
        "C988": ("txt", "docx"),
        "C989": ("pdf", "html"),
        "C990": ("txt", "pdf"),
        "C991": ("html", "docx"),
        "C992": ("scan", "docx"),
        "C993": ("html", "pdf"),
        "C994": ("docx", "txt"),
        "C995": ("pdf", "html"),
        "C996": ("html", "txt"),
    }
)
PLACES_32B = {
    "C979": (("Walsall", "West Midlands", 2013), ("Dudley", "West Midlands", 2016)),
    "C980": (("Wirral", "North West", 2011), ("Sefton", "North West", 2015)),
    "C981": (("Wokingham", "South East", 2021), ("Peterborough", "East of England", 2023)),
    "C982": (("Tameside", "North West", 2022), ("Stockport", "North West", 2024)),
    "C983": (("Solihull", "West Midlands", 2020), ("Walsall", "West Midlands", 2025)),
    "C984": (("Kirklees", "Yorkshire and the Humber", 2018), ("Calderdale", "Yorkshire and the Humber", 2021)),
    "C985": (("Harrow", "London", 2017), ("Enfield", "London", 2014)),
    "C986": (("Herefordshire", "West Midlands", 2024), ("Telford and Wrekin", "West Midlands", 2021)),
    "C987": (("Swindon", "South West", 2022), ("Plymouth", "South West", 2024)),
    "C988": (("Bury", "North West", 2020), ("Rochdale", "North West", 2023)),
    "C989": (("Medway", "South East", 2022), ("Bexley", "London", 2025)),
    "C990": (("Rotherham", "Yorkshire and the Humber", 2012), ("Barnsley", "Yorkshire and the Humber", 2016)),
    "C991": (("Knowsley", "North West", 2021), ("Halton", "North West", 2020)),
    "C992": (("Oldham", "North West", 2010), ("Bolton", "North West", 2017)),
    "C993": (("Havering", "London", 2021), ("Redbridge", "London", 2023)),
    "C994": (("Wakefield", "Yorkshire and the Humber", 2024), ("Barnsley", "Yorkshire and the Humber", 2022)),
    "C995": (("", "", 2022), ("", "", 2023)),
    "C996": (("Rochdale", "North West", 2021), ("Oldham", "North West", 2015)),
}
SCENARIOS_32B = {
    "C979": ("NAI", "NEGLECT"),
    "C980": ("SUDI", "DA"),
    "C981": ("NEGLECT", "CCE"),
    "C982": ("DA", "PARENTAL"),
    "C983": ("CCE", "NAI"),
    "C984": ("PARENTAL", "CSE"),
    "C985": ("NAI", "NEGLECT"),
    "C986": ("CSE", "SUDI"),
    "C987": ("DA", "DA"),
    "C988": ("CCE", "NEGLECT"),
    "C989": ("NAI", "NAI"),
    "C990": ("NEGLECT", "NEGLECT"),
    "C991": ("PARENTAL", "NEGLECT"),
    "C992": ("NAI", "SUDI"),
    "C993": ("NAI", "NAI"),
    "C994": ("SUDI", "SUDI"),
    "C995": ("NAI", "SUDI"),
    "C996": ("CSE", "NEGLECT"),
}
AGES_32B = {
    "C979": ("4 months", "6 years"),
    "C980": ("10 weeks", "8 years"),
    "C981": ("9 years", "15 years"),
    "C982": ("12 years", "2 years"),
    "C983": ("16 years", "7 months"),
    "C984": ("18 months", "14 years"),
    "C985": ("11 weeks", "4 years"),
    "C986": ("15 years", "3 months"),
    "C987": ("8 years", "3 years"),
    "C988": ("15 years", "6 years"),
    "C989": ("14 months", "14 months"),
    "C990": ("9 years", "6 years"),
    "C991": ("2 years", "2 years"),
    "C992": ("7 months", "5 months"),
    "C993": ("17 months", "17 months"),
    "C994": ("5 months", "4 months"),
    "C995": ("", ""),
    "C996": ("14 years", "9 years"),
}
# The thirty-third blind held-out set, second half (corpus/generator/conv_blind33b.py): only the earlier writers.
# Reviews of more than one child and the newest forms (thematic reviews of rapid reviews, sibling reviews, joint
# reviews with a DHR or a SAR, the Panel's national reviews, non-statutory learning reviews, reviews under Working
# Together 2023), 2013-2026, one scanned copy; each document's place, year, case and age (the age the bank texts must
# fit; the gold's age is the one the document prints) are set by PLACES_33B, SCENARIOS_33B and AGES_33B, the review
# types of the thematic, non-statutory, national and briefing documents by TYPES_33B.
FORMATS.update(
    {
        "C1015": ("pdf", "docx"),
        "C1016": ("html", "txt"),
        "C1017": ("pdf", "docx"),
        "C1018": ("docx", "html"),
        "C1019": ("pdf", "html"),
        "C1020": ("txt", "pdf"),
        "C1021": ("docx", "html"),
        "C1022": ("txt", "pdf"),
        "C1023": ("html", "docx"),
        "C1024": ("pdf", "docx"),
        "C1025": ("scan", "docx"),
        "C1026": ("docx", "txt"),
        "C1027": ("html", "pdf"),
        "C1028": ("html", "pdf"),
        "C1029": ("pdf", "txt"),
        "C1030": ("docx", "html"),
        "C1031": ("html", "docx"),
        "C1032": ("txt", "html"),
    }
)
PLACES_33B = {
    "C1015": (("Norfolk", "East of England", 2022), ("Hampshire", "South East", 2024)),
    "C1016": (("Bradford", "Yorkshire and the Humber", 2019), ("Leeds", "Yorkshire and the Humber", 2021)),
    "C1017": (("Warrington", "North West", 2024), ("Sheffield", "Yorkshire and the Humber", 2025)),
    "C1018": (("Wiltshire", "South West", 2021), ("Devon", "South West", 2023)),
    "C1019": (("", "", 2022), ("", "", 2023)),
    "C1020": (("Nottingham", "East Midlands", 2024), ("Derby", "East Midlands", 2025)),
    "C1021": (("Southwark", "London", 2022), ("Lewisham", "London", 2024)),
    "C1022": (("Suffolk", "East of England", 2020), ("Hertfordshire", "East of England", 2023)),
    "C1023": (("Newcastle upon Tyne", "North East", 2023), ("Leeds", "Yorkshire and the Humber", 2021)),
    "C1024": (("Cumberland", "North West", 2025), ("Westmorland and Furness", "North West", 2026)),
    "C1025": (("Stoke-on-Trent", "West Midlands", 2013), ("Staffordshire", "West Midlands", 2015)),
    "C1026": (("Birmingham", "West Midlands", 2020), ("Coventry", "West Midlands", 2022)),
    "C1027": (("", "", 2021), ("", "", 2024)),
    "C1028": (("Kent", "South East", 2024), ("Surrey", "South East", 2021)),
    "C1029": (("Sandwell", "West Midlands", 2022), ("Wolverhampton", "West Midlands", 2019)),
    "C1030": (("Lincolnshire", "East Midlands", 2022), ("North Lincolnshire", "Yorkshire and the Humber", 2024)),
    "C1031": (("Bristol", "South West", 2024), ("North Somerset", "South West", 2025)),
    "C1032": (("North Northamptonshire", "East Midlands", 2023), ("West Northamptonshire", "East Midlands", 2025)),
}
SCENARIOS_33B = {
    "C1015": ("NAI", "NAI"),
    "C1016": ("NEGLECT", "NEGLECT"),
    "C1017": ("DA", "DA"),
    "C1018": ("NAI", "NAI"),
    "C1019": ("NEGLECT", "NEGLECT"),
    "C1020": ("NAI", "NAI"),
    "C1021": ("CCE", "CCE"),
    "C1022": ("NEGLECT", "NEGLECT"),
    "C1023": ("CCE", "CCE"),
    "C1024": ("PARENTAL", "PARENTAL"),
    "C1025": ("NEGLECT", "NEGLECT"),
    "C1026": ("CSE", "CSE"),
    "C1027": ("NAI", "NAI"),
    "C1028": ("PARENTAL", "PARENTAL"),
    "C1029": ("NAI", "NAI"),
    "C1030": ("CSE", "CSE"),
    "C1031": ("SUDI", "SUDI"),
    "C1032": ("DA", "DA"),
}
AGES_33B = {
    "C1015": ("4 months", "4 months"),
    "C1016": ("6 years", "7 years"),
    "C1017": ("8 years", "12 years"),
    "C1018": ("3 months", "5 months"),
    "C1019": ("", ""),
    "C1020": ("4 months", "7 months"),
    "C1021": ("16 years", "15 years"),
    "C1022": ("6 years", "9 years"),
    "C1023": ("15 years", "16 years"),
    "C1024": ("18 months", "18 months"),
    "C1025": ("7 years", "10 years"),
    "C1026": ("14 years", "15 years"),
    "C1027": ("", ""),
    "C1028": ("5 years", "4 years"),
    "C1029": ("5 months", "4 months"),
    "C1030": ("15 years", "14 years"),
    "C1031": ("3 months", "10 weeks"),
    "C1032": ("8 years", "3 years"),
}
TYPES_33B = {
    "C1015": "thematic",
    "C1019": "national",
    "C1020": "other",
    "C1021": "other",
    "C1022": "thematic",
    "C1023": "thematic",
    "C1026": "thematic",
    "C1027": "national",
    "C1028": "thematic",
    "C1030": "thematic",
    "C1032": "briefing",
}
# The thirty-fourth blind held-out set, second half (corpus/generator/conv_blind34b.py): only the earlier writers.
# Serious case reviews of 2008-2015 as their era printed them (overview reports, executive summaries, briefings for
# staff, an LSCB action plan, reviews of a family and of two young people), one scanned copy; each document's place,
# year, case and age (the age the bank texts must fit; the gold's age is the one the document prints) are set by
# PLACES_34B, SCENARIOS_34B and AGES_34B, the review types of the briefing and the action plan by TYPES_34B.
FORMATS.update(
    {
        "C1051": ("pdf", "docx"),
        "C1052": ("docx", "html"),
        "C1053": ("pdf", "txt"),
        "C1054": ("html", "pdf"),
        "C1055": ("docx", "pdf"),
        "C1056": ("scan", "docx"),
        "C1057": ("docx", "html"),
        "C1058": ("pdf", "html"),
        "C1059": ("docx", "txt"),
        "C1060": ("pdf", "docx"),
        "C1061": ("html", "pdf"),
        "C1062": ("txt", "docx"),
        "C1063": ("html", "pdf"),
        "C1064": ("pdf", "docx"),
        "C1065": ("docx", "html"),
        "C1066": ("txt", "pdf"),
        "C1067": ("txt", "html"),
        "C1068": ("docx", "pdf"),
    }
)
PLACES_34B = {
    "C1051": (("Leeds", "Yorkshire and the Humber", 2010), ("Kirklees", "Yorkshire and the Humber", 2012)),
    "C1052": (("Doncaster", "Yorkshire and the Humber", 2010), ("Sheffield", "Yorkshire and the Humber", 2011)),
    "C1053": (("Norfolk", "East of England", 2013), ("Suffolk", "East of England", 2014)),
    "C1054": (("Coventry", "West Midlands", 2013), ("Warwickshire", "West Midlands", 2015)),
    "C1055": (
        ("Kingston upon Hull", "Yorkshire and the Humber", 2011),
        ("North East Lincolnshire", "Yorkshire and the Humber", 2014),
    ),
    "C1056": (("Walsall", "West Midlands", 2008), ("Wolverhampton", "West Midlands", 2009)),
    "C1057": (("Calderdale", "Yorkshire and the Humber", 2013), ("Bradford", "Yorkshire and the Humber", 2012)),
    "C1058": (("Cornwall", "South West", 2012), ("Plymouth", "South West", 2014)),
    "C1059": (("Oxfordshire", "South East", 2012), ("Buckinghamshire", "South East", 2014)),
    "C1060": (("Sefton", "North West", 2011), ("Wirral", "North West", 2013)),
    "C1061": (("Rochdale", "North West", 2013), ("Oldham", "North West", 2014)),
    "C1062": (("Croydon", "London", 2012), ("Sutton", "London", 2014)),
    "C1063": (("Torbay", "South West", 2014), ("Somerset", "South West", 2015)),
    "C1064": (("Northamptonshire", "East Midlands", 2013), ("Leicestershire", "East Midlands", 2015)),
    "C1065": (("Derby", "East Midlands", 2012), ("Telford and Wrekin", "West Midlands", 2015)),
    "C1066": (("Stockport", "North West", 2011), ("Trafford", "North West", 2013)),
    "C1067": (("Swindon", "South West", 2009), ("Gloucestershire", "South West", 2010)),
    "C1068": (("Cheshire East", "North West", 2012), ("Warrington", "North West", 2015)),
}
SCENARIOS_34B = {
    "C1051": ("NAI", "NAI"),
    "C1052": ("CSE", "CSE"),
    "C1053": ("NEGLECT", "NEGLECT"),
    "C1054": ("NAI", "NAI"),
    "C1055": ("NEGLECT", "NEGLECT"),
    "C1056": ("NEGLECT", "NEGLECT"),
    "C1057": ("DA", "DA"),
    "C1058": ("SUDI", "SUDI"),
    "C1059": ("NAI", "NAI"),
    "C1060": ("DA", "DA"),
    "C1061": ("CSE", "CSE"),
    "C1062": ("NAI", "NAI"),
    "C1063": ("SUDI", "SUDI"),
    "C1064": ("PARENTAL", "PARENTAL"),
    "C1065": ("CSE", "CSE"),
    "C1066": ("SUDI", "SUDI"),
    "C1067": ("NEGLECT", "NEGLECT"),
    "C1068": ("NAI", "NAI"),
}
AGES_34B = {
    "C1051": ("4 months", "7 months"),
    "C1052": ("15 years", "14 years"),
    "C1053": ("6 years", "8 years"),
    "C1054": ("10 months", "2 years"),
    "C1055": ("6 years", "8 years"),
    "C1056": ("3 years", "5 years"),
    "C1057": ("7 years", "4 years"),
    "C1058": ("3 months", "5 months"),
    "C1059": ("3 months", "11 months"),
    "C1060": ("5 years", "9 years"),
    "C1061": ("14 years", "15 years"),
    "C1062": ("17 months", "17 months"),
    "C1063": ("2 months", "4 months"),
    "C1064": ("2 years", "4 years"),
    "C1065": ("15 years", "14 years"),
    "C1066": ("5 months", "8 months"),
    "C1067": ("4 years", "7 years"),
    "C1068": ("6 months", "14 months"),
}
TYPES_34B = {"C1054": "briefing", "C1061": "other"}
FULL_DATES = ("03-03", "11-22", "06-01", "02-08", "09-30", "12-12")
AREAS = [
    ("Tameside", "North West"),
    ("Knowsley", "North West"),
    ("Bracknell Forest", "South East"),
    ("Rutland", "East Midlands"),
    ("Halton", "North West"),
    ("Thurrock", "East of England"),
    ("Torbay", "South West"),
    ("Sefton", "North West"),
    ("Wokingham", "South East"),
    ("Bury", "North West"),
    ("Walsall", "West Midlands"),
    ("Dudley", "West Midlands"),
    ("Solihull", "West Midlands"),
    ("Medway", "South East"),
    ("Swindon", "South West"),
    ("Plymouth", "South West"),
    ("Salford", "North West"),
    ("Oldham", "North West"),
    ("Barnsley", "Yorkshire and the Humber"),
    ("Wakefield", "Yorkshire and the Humber"),
    ("Calderdale", "Yorkshire and the Humber"),
    ("Kirklees", "Yorkshire and the Humber"),
    ("Rochdale", "North West"),
    ("Stockport", "North West"),
    ("Wirral", "North West"),
    ("Luton", "East of England"),
    ("Slough", "South East"),
    ("Reading", "South East"),
    ("Herefordshire", "West Midlands"),
    ("Telford and Wrekin", "West Midlands"),
    ("Isle of Wight", "South East"),
    ("Harrow", "London"),
    ("Lewisham", "London"),
    ("Camden", "London"),
    ("Newham", "London"),
    ("Enfield", "London"),
    ("Milton Keynes", "South East"),
    ("North Lincolnshire", "Yorkshire and the Humber"),
    ("North Somerset", "South West"),
    ("Redbridge", "London"),
    ("Havering", "London"),
    ("Bexley", "London"),
    ("Darlington", "North East"),
    ("Hartlepool", "North East"),
    ("Middlesbrough", "North East"),
    ("North Tyneside", "North East"),
    ("South Tyneside", "North East"),
    ("Stockton-on-Tees", "North East"),
    ("Warrington", "North West"),
    ("Wigan", "North West"),
    ("Blackpool", "North West"),
    ("Bolton", "North West"),
    ("Derby", "East Midlands"),
    ("Leicester", "East Midlands"),
    ("Nottingham", "East Midlands"),
    ("Northamptonshire", "East Midlands"),
    ("Coventry", "West Midlands"),
    ("Sandwell", "West Midlands"),
    ("Wolverhampton", "West Midlands"),
    ("Worcestershire", "West Midlands"),
    ("Peterborough", "East of England"),
    ("Southend-on-Sea", "East of England"),
    ("Bedford", "East of England"),
    ("Cambridgeshire", "East of England"),
    ("West Sussex", "South East"),
    ("East Sussex", "South East"),
    ("Buckinghamshire", "South East"),
    ("Gloucestershire", "South West"),
    ("Wiltshire", "South West"),
    ("Bournemouth, Christchurch and Poole", "South West"),
    ("York", "Yorkshire and the Humber"),
    ("Rotherham", "Yorkshire and the Humber"),
]
CHILDREN = [
    "Child A",
    "Baby B",
    "Child D",
    "Harry",
    "Child E",
    "Baby G",
    "Olivia",
    "Child J",
    "Child L",
    "Baby N",
    "Freya",
    "Child Q",
    "Child R",
    "Baby T",
    "Isla",
    "Child U",
    "Child V",
    "Baby X",
    "Zara",
    "Child Y",
    "Child Z",
    "Oscar",
    "Child AB",
    "Baby C",
    "Evie",
    "Child F",
    "Child H",
    "Poppy",
    "Child K",
    "Baby L",
    "Theo",
    "Child M",
    "Child P",
    "Ruby",
    "Child S",
    "Child W",
]
AGES = {
    "NAI": ("7 months", "4 months", "11 weeks"),
    "SUDI": ("10 weeks", "5 months", "3 months"),
    "NEGLECT": ("6 years", "4 years", "9 years"),
    "DA": ("8 years", "3 years", "12 years"),
    "CCE": ("15 years", "16 years", "14 years"),
    "PARENTAL": ("2 years", "18 months", "5 years"),
    "CSE": ("14 years", "15 years", "13 years"),
}
SCENARIOS = ("NAI", "NEGLECT", "DA", "SUDI", "CCE", "PARENTAL", "CSE")
AUTHORS = [
    "Margaret Ellison",
    "Dr Rupert Vance",
    "Anita Kaur",
    "Colin Ashworth",
    "Fiona McLeod",
    "Jonathan Pryce",
    "Hannah Osei",
    "Graham Tully",
    "Priya Menon",
    "Dr Sarah Whitlock",
    "Kevin Doherty",
    "Elaine Brooks",
]
MONTH_DAYS = ("01-14", "03", "05-22", "07", "09-30", "11", "02-08", "04", "06-17", "10", "12-03", "08")


# The thirty-third blind held-out set, first half (corpus/generator/conv_blind33a.py): only the earlier writers. Who
# each lesson is for and what kind the review calls it (agency headings, "Responsible body:", "Owner:", "Lead:", "For:"
# and "Addressed to:" lines, acronyms in brackets read from a key, an action plan's Agency and Lead officer columns,
# national and multi-agency addressees, the NHS commissioner of each year, audiences; kinds in the review's own words);
# each document's area, region and year are set by PLACES_33A (serious case reviews of 2009-2016, practice reviews of
# 2020-2024, briefings, a rapid review summary, a Panel national review, one scanned copy).
FORMATS.update(
    {
        "C997": ("pdf", "docx"),
        "C998": ("pdf", "txt"),
        "C999": ("docx", "html"),
        "C1000": ("pdf", "html"),
        "C1001": ("pdf", "docx"),
        "C1002": ("txt", "docx"),
        "C1003": ("html", "pdf"),
        "C1004": ("pdf", "docx"),
        "C1005": ("docx", "txt"),
        "C1006": ("pdf", "html"),
        "C1007": ("html", "pdf"),
        "C1008": ("scan", "docx"),
        "C1009": ("docx", "html"),
        "C1010": ("txt", "pdf"),
        "C1011": ("html", "txt"),
        "C1012": ("docx", "pdf"),
        "C1013": ("txt", "pdf"),
        "C1014": ("docx", "txt"),
    }
)
PLACES_33A = {
    "C997": (("Leicester", "East Midlands", 2021), ("Nottingham", "East Midlands", 2024)),
    "C998": (("Hampshire", "South East", 2012), ("Portsmouth", "South East", 2016)),
    "C999": (("Birmingham", "West Midlands", 2023), ("Solihull", "West Midlands", 2021)),
    "C1000": (("Cambridgeshire", "East of England", 2020), ("Peterborough", "East of England", 2024)),
    "C1001": (("", "", 2021), ("", "", 2024)),
    "C1002": (("Wolverhampton", "West Midlands", 2021), ("Dudley", "West Midlands", 2023)),
    "C1003": (("Hertfordshire", "East of England", 2022), ("Essex", "East of England", 2024)),
    "C1004": (("Cheshire East", "North West", 2020), ("Cheshire West and Chester", "North West", 2022)),
    "C1005": (
        ("East Riding of Yorkshire", "Yorkshire and the Humber", 2021),
        ("North Lincolnshire", "Yorkshire and the Humber", 2023),
    ),
    "C1006": (("Bradford", "Yorkshire and the Humber", 2011), ("Bradford", "Yorkshire and the Humber", 2021)),
    "C1007": (("Stoke-on-Trent", "West Midlands", 2022), ("Telford and Wrekin", "West Midlands", 2025)),
    "C1008": (("Lancashire", "North West", 2010), ("Blackburn with Darwen", "North West", 2012)),
    "C1009": (("Southampton", "South East", 2021), ("Isle of Wight", "South East", 2023)),
    "C1010": (("York", "Yorkshire and the Humber", 2020), ("North Yorkshire", "Yorkshire and the Humber", 2022)),
    "C1011": (("Bristol", "South West", 2022), ("South Gloucestershire", "South West", 2024)),
    "C1012": (("Brighton and Hove", "South East", 2021), ("West Sussex", "South East", 2023)),
    "C1013": (("Nottinghamshire", "East Midlands", 2009), ("Derbyshire", "East Midlands", 2011)),
    "C1014": (("Gloucestershire", "South West", 2020), ("Wiltshire", "South West", 2023)),
}
TYPES_33A = {"C1001": "national", "C1002": "other", "C1003": "briefing", "C1011": "briefing"}


# The thirty-fourth blind held-out set, first half (corpus/generator/conv_blind34a.py): only the earlier writers. The
# ordinary current output of partnerships, 2019-2026 (full practice reviews, executive summaries, practitioner and
# 7-minute briefings, a web page, SILP reports, plain-text repository copies, a Panel national review, one scanned
# copy); each document's area, region and year are set by PLACES_34A, the review types of the briefings and the
# national review by TYPES_34A.
FORMATS.update(
    {
        "C1033": ("pdf", "docx"),
        "C1034": ("docx", "html"),
        "C1035": ("pdf", "txt"),
        "C1036": ("pdf", "html"),
        "C1037": ("html", "pdf"),
        "C1038": ("docx", "txt"),
        "C1039": ("pdf", "scan"),
        "C1040": ("pdf", "html"),
        "C1041": ("docx", "pdf"),
        "C1042": ("docx", "html"),
        "C1043": ("pdf", "txt"),
        "C1044": ("html", "txt"),
        "C1045": ("pdf", "docx"),
        "C1046": ("docx", "txt"),
        "C1047": ("pdf", "html"),
        "C1048": ("docx", "pdf"),
        "C1049": ("pdf", "docx"),
        "C1050": ("txt", "txt"),
    }
)
PLACES_34A = {
    "C1033": (("Leeds", "Yorkshire and the Humber", 2022), ("Manchester", "North West", 2024)),
    "C1034": (("Sheffield", "Yorkshire and the Humber", 2021), ("Liverpool", "North West", 2023)),
    "C1035": (("Kent", "South East", 2021), ("Surrey", "South East", 2023)),
    "C1036": (("Devon", "South West", 2022), ("Cornwall", "South West", 2025)),
    "C1037": (("Essex", "East of England", 2023), ("Suffolk", "East of England", 2021)),
    "C1038": (("Lambeth", "London", 2022), ("Croydon", "London", 2024)),
    "C1039": (("Sunderland", "North East", 2022), ("Gateshead", "North East", 2021)),
    "C1040": (("", "", 2022), ("", "", 2025)),
    "C1041": (("Lancashire", "North West", 2023), ("Cumbria", "North West", 2021)),
    "C1042": (("Northumberland", "North East", 2021), ("County Durham", "North East", 2024)),
    "C1043": (("Oxfordshire", "South East", 2022), ("Buckinghamshire", "South East", 2025)),
    "C1044": (("Haringey", "London", 2024), ("Islington", "London", 2021)),
    "C1045": (("Staffordshire", "West Midlands", 2022), ("Shropshire", "West Midlands", 2021)),
    "C1046": (("Norfolk", "East of England", 2024), ("Hertfordshire", "East of England", 2022)),
    "C1047": (("Bristol", "South West", 2023), ("Somerset", "South West", 2026)),
    "C1048": (("Leicestershire", "East Midlands", 2021), ("Lincolnshire", "East Midlands", 2024)),
    "C1049": (("Doncaster", "Yorkshire and the Humber", 2021), ("Hull", "Yorkshire and the Humber", 2023)),
    "C1050": (("Walsall", "West Midlands", 2021), ("Sandwell", "West Midlands", 2025)),
}
TYPES_34A = {"C1037": "briefing", "C1038": "briefing", "C1040": "national"}


TYPES_32B = {"C993": "other", "C994": "briefing", "C995": "national"}


def _type(convention: str, year: int) -> str:
    if convention in ("C11", "C12"):
        return "briefing"
    if convention in ("C588", "C598"):  # the Panel's national thematic reviews (conv_blind21b.py)
        return "national"
    if convention in ("C27", "C136", "C295", "C310", "C503"):  # C136: the GOV.UK page of a Panel national review
        return "national"
    if convention in ("C745", "C746"):  # the Panel's national reviews (conv_blind26a.py)
        return "national"
    if convention == "C748":  # an SCR commissioned by the LSCB, published by the partnership after 2019
        return "SCR"
    if convention in ("C823", "C831"):  # a seven-minute briefing and a learning briefing (conv_blind28a.py)
        return "briefing"
    if convention == "C827":  # a Panel national review (conv_blind28a.py)
        return "national"
    if convention == "C860":  # a Panel national review (conv_blind29a.py)
        return "national"
    if convention == "C920":  # a Panel national review (conv_blind30b.py)
        return "national"
    if convention == "C861":  # a rapid review summary (conv_blind29a.py)
        return "other"
    if convention == "C894":  # a Panel national review (conv_blind30a.py)
        return "national"
    if convention == "C895":  # a rapid review summary (conv_blind30a.py)
        return "other"
    if convention == "C897":  # a seven-minute briefing (conv_blind30a.py)
        return "briefing"
    if convention in ("C927", "C931", "C935", "C942"):  # briefings (conv_blind31a.py)
        return "briefing"
    if convention == "C928":  # a Panel national review summary (conv_blind31a.py)
        return "national"
    if convention in ("C964", "C971", "C978"):  # briefings (conv_blind32a.py)
        return "briefing"
    if convention == "C969":  # a rapid review summary (conv_blind32a.py)
        return "other"
    if convention in TYPES_32B:  # set 32, second half: a rapid review, a briefing, a Panel national review
        return TYPES_32B[convention]
    if convention in TYPES_33A:  # set 33, first half: a Panel national review, a rapid review, two briefings
        return TYPES_33A[convention]
    if convention in TYPES_33B:  # set 33, second half: thematic, non-statutory, national reviews and a briefing
        return TYPES_33B[convention]
    if convention in TYPES_34A:  # set 34, first half: two briefings and a Panel national review
        return TYPES_34A[convention]
    if convention in TYPES_34B:  # set 34, second half: a briefing for staff and an LSCB action plan
        return TYPES_34B[convention]
    if convention in ("C28", "C37", "C56"):
        return "other"
    if convention == "C57":
        return "briefing"
    if convention in ("C34", "C36") or year < 2019:
        return "SCR"
    return "LCSPR"


def _slug(text: str) -> str:
    return "_".join("".join(ch for ch in w.lower() if ch.isalnum()) for w in text.replace("-", " ").split())


def build_table() -> list[DocSpec]:
    specs = []
    n = 0
    for conv, formats in FORMATS.items():
        number = int(conv[1:])
        for k, fmt in enumerate(formats):
            area, region = AREAS[n % len(AREAS)]
            year = 2012 + (number * 3 + k * 5) % 14
            if conv in ("C34", "C36", "C73"):  # C73: the repository's cover sheet names an LSCB
                year = min(year, 2018)
            if conv == "C37":  # rapid reviews began with the Panel, in 2018
                year = max(year, 2020 + k)
            if conv == "C47":  # typed reports scanned for the web: the early 2010s
                year = 2010 + 2 * k
            if conv in ("C136", "C295", "C310"):  # the Panel's national reviews began in 2020
                year = max(year, 2020 + k)
            if conv in ("C296", "C297"):  # the Panel and rapid reviews began in 2018-19
                year = max(year, 2020 + k)
            if conv == "C335":  # the Panel's annual reports began in 2019
                year = max(year, 2020 + k)
            if conv in ("C372", "C373", "C381"):  # the Panel's practice reviews and rapid reviews: from 2018-19
                year = max(year, 2020 + k)
            if conv == "C406":  # joint targeted area inspections began in 2016
                year = max(year, 2017 + k)
            if conv == "C404":  # child death review partners' annual reports: from 2019
                year = max(year, 2020 + k)
            if conv == "C407":  # an older serious case review under Working Together 2006 or 2010
                year = 2009 + 2 * k
            if conv == "C503":  # the Panel's examples of rapid reviews: from 2021
                year = max(year, 2021 + k)
            if conv in ("C585", "C588", "C598"):  # pooled rapid reviews and the Panel's national reviews: from 2020
                year = max(year, 2020 + k)
            if conv in ("C477", "C491"):  # Part 8 reviews of the Area Child Protection Committees, before 2006
                year = (2003 if conv == "C477" else 2002) + 2 * k
            if conv in PLACES_23B:  # set 23, second half: the place and year its councils and agencies fit
                area, region, year = PLACES_23B[conv][k]
            if conv in YEARS_24A:  # set 24, first half: recent guidance and services
                year = YEARS_24A[conv][k]
            if conv in YEARS_26A:  # set 26, first half: the era each review belongs to
                year = YEARS_26A[conv][k]
            if conv in PLACES_27A:  # set 27, first half: the place and year its partnership and agencies fit
                area, region, year = PLACES_27A[conv][k]
            if conv in YEARS_27B:  # set 27, second half: reviews of 2024-2026
                year = YEARS_27B[conv][k]
            if conv in PLACES_28A:  # set 28, first half: the place and year of each ordinary review
                area, region, year = PLACES_28A[conv][k]
            if conv in PLACES_28B:  # set 28, second half: the place and year its partnership and agencies fit
                area, region, year = PLACES_28B[conv][k]
            if conv in PLACES_29A:  # set 29, first half: the place and year of each full-length report
                area, region, year = PLACES_29A[conv][k]
            if conv in PLACES_29B:  # set 29, second half: the place and year of each review
                area, region, year = PLACES_29B[conv][k]
            if conv in PLACES_30A:  # set 30, first half: the place and year of each review
                area, region, year = PLACES_30A[conv][k]
            if conv in PLACES_30B:  # set 30, second half: the place and year of each review
                area, region, year = PLACES_30B[conv][k]
            if conv in PLACES_31A:  # set 31, first half: the place and year of each designed document
                area, region, year = PLACES_31A[conv][k]
            if conv in PLACES_31B:  # set 31, second half: the place and year of each review
                area, region, year = PLACES_31B[conv][k]
            if conv in PLACES_32A:  # set 32, first half: the place and year of each review
                area, region, year = PLACES_32A[conv][k]
            if conv in PLACES_32B:  # set 32, second half: the place and year of each review
                area, region, year = PLACES_32B[conv][k]
            if conv in PLACES_33A:  # set 33, first half: the place and year of each review
                area, region, year = PLACES_33A[conv][k]
            if conv in PLACES_33B:  # set 33, second half: the place and year of each review
                area, region, year = PLACES_33B[conv][k]
            if conv in PLACES_34A:  # set 34, first half: the place and year of each review
                area, region, year = PLACES_34A[conv][k]
            if conv in PLACES_34B:  # set 34, second half: the place and year of each review
                area, region, year = PLACES_34B[conv][k]
            review_type = _type(conv, year)
            scenario = SCENARIOS[(number + k) % len(SCENARIOS)]
            if conv in SCENARIOS_29B:  # set 29, second half: the case a joint or sibling review needs
                scenario = SCENARIOS_29B[conv][k]
            if conv in SCENARIOS_30B:  # set 30, second half: the case each review needs
                scenario = SCENARIOS_30B[conv][k]
            if conv in SCENARIOS_32B:  # set 32, second half: the case each review needs
                scenario = SCENARIOS_32B[conv][k]
            if conv in SCENARIOS_33B:  # set 33, second half: the case each review needs
                scenario = SCENARIOS_33B[conv][k]
            if conv in SCENARIOS_34B:  # set 34, second half: the case each review needs
                scenario = SCENARIOS_34B[conv][k]
            child = CHILDREN[(number + 17 * k) % len(CHILDREN)]
            age = AGES[scenario][(number + k) % 3]
            if conv in AGES_30B:  # set 30, second half: the age the bank texts must fit
                age = AGES_30B[conv]
            if conv in AGES_32B:  # set 32, second half: the age each document tells
                age = AGES_32B[conv][k]
            if conv in AGES_33B:  # set 33, second half: the age the bank texts must fit
                age = AGES_33B[conv][k]
            if conv in AGES_34B:  # set 34, second half: the age the bank texts must fit
                age = AGES_34B[conv][k]
            if number >= 37 and child.startswith("Baby") and "years" in age:  # the blind set: no "Baby" of 14
                child = "Child" + child[4:]
            if conv == "C486":  # a young person of 17, exploited outside the home
                scenario, age = ("CSE", "CCE")[k], "17 years"
            if conv == "C488":  # a city inside a county of the same name
                area, region = (("Nottingham", "East Midlands"), ("York", "Yorkshire and the Humber"))[k]
            if conv == "C489":  # a baby, unborn when agencies first became involved
                scenario = ("SUDI", "NAI")[k]
                age = AGES[scenario][(number + k) % 3]
            if conv in ("C15", "C16", "C18"):
                published = str(year)
            elif conv == "C17":
                published = f"{year}-{MONTH_DAYS[n % 12][:2]}"
            elif conv in ("C47", "C49", "C54", "C56", "C62", "C65", "C70"):  # a full date (or month) is printed
                published = f"{year}-{FULL_DATES[n % len(FULL_DATES)]}"
            else:
                md = MONTH_DAYS[n % 12]
                published = f"{year}-{md}" if k == 0 or len(md) == 2 else str(year)
            if conv in ("C755", "C756"):  # set 26: "it was published on <date>", "This report is published on <date>"
                published = f"{year}-{FULL_DATES[n % len(FULL_DATES)]}"
            author = AUTHORS[n % len(AUTHORS)]
            if review_type == "national":
                area, region, child, age, author = "", "", "", "", ""  # Panel reports name no author
            if conv == "C17":
                area, region = "", ""
            if conv == "C146":  # an NSPCC briefing on many reviews: no area, child or named author
                area, region, child, age, author = "", "", "", "", ""
            if conv == "C195":  # a multi-agency audit of several cases: no child
                child, age = "", ""
            place = _slug(area) if area else "national" if review_type == "national" else "anonymous"
            name = f"{conv.lower()}_{year}_{place}"
            name += f"_{_slug(child)}" if child else f"_{k + 1}"
            specs.append(
                DocSpec(
                    name=name,
                    convention=conv,
                    fmt=fmt,
                    area=area,
                    region=region,
                    review_type=review_type,
                    published=published,
                    child=child,
                    age=age,
                    author=author,
                    scenario=scenario,
                    sex="fm"[n % 2],
                )
            )
            n += 1
    return specs
