"""The contract register, one API for its callers: `from kamdesk.core.services import contract`.

Its parts: `common` (settings, number series, finding a contract), `templates`,
`drafts` (build, save, delete a draft), `workflow` (the declared states and
moves, expiry as a job, how a contract is shown, renewals and amendments),
`lists`, `obligations` and `files`. What a contract's documents print is in
`kamdesk.core.documents.contract_context`.
"""

from kamdesk.core.services.contract.common import (
    LANGUAGES,
    contract_by_number,
    get_contract,
    next_contract_number,
    renewal_days,
    set_renewal_days,
)
from kamdesk.core.services.contract.drafts import build_contract, delete_draft, save_contract
from kamdesk.core.services.contract.files import (
    attach_file,
    attachment_limit_mb,
    set_attachment_limit_mb,
    contract_files,
    display_name,
    export_file,
    generate_documents,
    get_file,
    open_copy,
    remove_file,
    safe_file_name,
)
from kamdesk.core.services.contract.lists import client_contracts, due_for_renewal, list_contracts
from kamdesk.core.services.contract.obligations import (
    add_obligation,
    contract_obligations,
    delete_obligation,
    mark_obligation_done,
    overdue_counts,
    overdue_obligations,
    update_obligation,
)
from kamdesk.core.services.contract.templates import (
    archive_template,
    default_template,
    ensure_builtin_templates,
    get_template,
    list_templates,
    save_template,
    template_problems,
)
from kamdesk.core.services.contract.workflow import (
    CONTRACT,
    actions,
    amend_contract,
    chain,
    current_end,
    display_state,
    expire_contracts,
    is_editable,
    is_final,
    is_in_force,
    is_overdue,
    notice_date,
    renew_contract,
    send_contract,
    shown_state,
    shown_states,
    sign_contract,
    terminate_contract,
    withdraw_contract,
)

__all__ = [
    "CONTRACT", "LANGUAGES", "actions", "add_obligation", "amend_contract", "archive_template", "attach_file",
    "attachment_limit_mb", "build_contract", "chain", "client_contracts", "contract_by_number", "contract_files",
    "contract_obligations", "current_end", "default_template", "delete_draft", "delete_obligation", "display_name",
    "display_state", "due_for_renewal",
    "ensure_builtin_templates", "expire_contracts", "export_file", "generate_documents", "get_contract", "get_file",
    "get_template", "is_editable", "is_final", "is_in_force", "is_overdue", "list_contracts", "list_templates",
    "mark_obligation_done", "next_contract_number", "notice_date", "open_copy", "overdue_counts", "overdue_obligations",
    "remove_file", "renew_contract", "renewal_days", "safe_file_name", "save_contract", "save_template",
    "send_contract",
    "set_attachment_limit_mb", "set_renewal_days", "shown_state", "shown_states", "sign_contract", "template_problems", "terminate_contract",
    "update_obligation", "withdraw_contract",
]
