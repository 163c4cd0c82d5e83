//! The builtin type objects, defined once in one table: field, Python name, base.

use crate::gc::Heap;
use crate::hashtable::DictTable;
use crate::object::{PyDict, PyType};
use crate::value::Value;

macro_rules! types {
    ($($field:ident = $name:literal : $base:ident;)*) => {
        /// Every builtin type object, by field.
        pub struct Types { $(pub $field: Value,)* }

        impl Types {
            pub fn create(heap: &mut Heap) -> Types {
                #[allow(unused_mut, unused_assignments)]
                let mut t = Types { $($field: Value::NULL,)* };
                $(
                    let base = types!(@base t, $base);
                    let dict = heap.alloc(PyDict(DictTable::new()));
                    let mut mro = Vec::new();
                    if !base.is_null() {
                        mro = crate::gc::payload_unchecked::<PyType>(base).mro.clone();
                    }
                    let ty = heap.alloc(PyType {
                        name: $name.to_string(),
                        qualname: $name.to_string(),
                        base,
                        bases: if base.is_null() { vec![] } else { vec![base] },
                        mro: vec![],
                        dict,
                        new: None,
                        heap: false,
                        version: 1,
                        solid: Value::NULL,
                        slots: None,
                        subclasses: vec![],
                    });
                    mro.insert(0, ty);
                    let p = crate::gc::payload_unchecked::<PyType>(ty);
                    p.mro = mro;
                    p.solid = ty;
                    if !base.is_null() {
                        crate::gc::payload_unchecked::<PyType>(base).subclasses.push(ty);
                    }
                    t.$field = ty;
                )*
                // Exceptions share one layout: their solid base is BaseException.
                for v in t.all() {
                    if crate::gc::payload_unchecked::<PyType>(v).mro.contains(&t.base_exception) {
                        crate::gc::payload_unchecked::<PyType>(v).solid = t.base_exception;
                    }
                }
                t
            }
            pub fn all(&self) -> Vec<Value> {
                vec![$(self.$field),*]
            }
        }
    };
    (@base $t:ident, none) => { Value::NULL };
    (@base $t:ident, $b:ident) => { $t.$b };
}

types! {
    object = "object": none;
    type_ = "type": object;
    int = "int": object;
    bool = "bool": int;
    float = "float": object;
    none = "NoneType": object;
    not_implemented = "NotImplementedType": object;
    ellipsis = "ellipsis": object;
    str = "str": object;
    bytes = "bytes": object;
    bytearray = "bytearray": object;
    bytes_iterator = "bytes_iterator": object;
    list = "list": object;
    tuple = "tuple": object;
    dict = "dict": object;
    set = "set": object;
    frozenset = "frozenset": object;
    range = "range": object;
    slice = "slice": object;
    function = "function": object;
    builtin = "builtin_function_or_method": object;
    code = "code": object;
    cell = "cell": object;
    module = "module": object;
    range_iterator = "range_iterator": object;
    list_iterator = "list_iterator": object;
    tuple_iterator = "tuple_iterator": object;
    str_iterator = "str_ascii_iterator": object;
    list_reverseiterator = "list_reverseiterator": object;
    reversed = "reversed": object;
    dict_keyiterator = "dict_keyiterator": object;
    dict_valueiterator = "dict_valueiterator": object;
    dict_itemiterator = "dict_itemiterator": object;
    set_iterator = "set_iterator": object;
    enumerate = "enumerate": object;
    zip = "zip": object;
    map = "map": object;
    filter = "filter": object;
    callable_iterator = "callable_iterator": object;
    iterator = "iterator": object;
    deque = "collections.deque": object;
    deque_iterator = "_collections._deque_iterator": object;
    traceback = "traceback": object;
    buffered_reader = "BufferedReader": object;
    buffered_writer = "BufferedWriter": object;
    buffered_random = "BufferedRandom": object;
    file = "TextIOWrapper": object;
    generator = "generator": object;
    method = "method": object;
    classmethod = "classmethod": object;
    staticmethod = "staticmethod": object;
    property = "property": object;
    super_ = "super": object;
    dict_keys = "dict_keys": object;
    dict_values = "dict_values": object;
    dict_items = "dict_items": object;
    base_exception = "BaseException": object;
    system_exit = "SystemExit": base_exception;
    keyboard_interrupt = "KeyboardInterrupt": base_exception;
    generator_exit = "GeneratorExit": base_exception;
    exception = "Exception": base_exception;
    stop_iteration = "StopIteration": exception;
    arithmetic_error = "ArithmeticError": exception;
    zero_division_error = "ZeroDivisionError": arithmetic_error;
    overflow_error = "OverflowError": arithmetic_error;
    assertion_error = "AssertionError": exception;
    attribute_error = "AttributeError": exception;
    lookup_error = "LookupError": exception;
    index_error = "IndexError": lookup_error;
    key_error = "KeyError": lookup_error;
    memory_error = "MemoryError": exception;
    warning = "Warning": exception;
    eof_error = "EOFError": exception;
    os_error = "OSError": exception;
    file_not_found_error = "FileNotFoundError": os_error;
    is_a_directory_error = "IsADirectoryError": os_error;
    permission_error = "PermissionError": os_error;
    file_exists_error = "FileExistsError": os_error;
    unsupported_operation = "UnsupportedOperation": os_error;
    not_a_directory_error = "NotADirectoryError": os_error;
    interrupted_error = "InterruptedError": os_error;
    timeout_error = "TimeoutError": os_error;
    process_lookup_error = "ProcessLookupError": os_error;
    child_process_error = "ChildProcessError": os_error;
    blocking_io_error = "BlockingIOError": os_error;
    connection_error = "ConnectionError": os_error;
    broken_pipe_error = "BrokenPipeError": connection_error;
    connection_aborted_error = "ConnectionAbortedError": connection_error;
    connection_refused_error = "ConnectionRefusedError": connection_error;
    connection_reset_error = "ConnectionResetError": connection_error;
    system_error = "SystemError": exception;
    future_warning = "FutureWarning": warning;
    pending_deprecation_warning = "PendingDeprecationWarning": warning;
    syntax_warning = "SyntaxWarning": warning;
    import_warning = "ImportWarning": warning;
    unicode_warning = "UnicodeWarning": warning;
    bytes_warning = "BytesWarning": warning;
    resource_warning = "ResourceWarning": warning;
    buffer_error = "BufferError": exception;
    reference_error = "ReferenceError": exception;
    floating_point_error = "FloatingPointError": arithmetic_error;

    user_warning = "UserWarning": warning;
    deprecation_warning = "DeprecationWarning": warning;
    runtime_warning = "RuntimeWarning": warning;
    name_error = "NameError": exception;
    unbound_local_error = "UnboundLocalError": name_error;
    runtime_error = "RuntimeError": exception;
    recursion_error = "RecursionError": runtime_error;
    not_implemented_error = "NotImplementedError": runtime_error;
    syntax_error = "SyntaxError": exception;
    indentation_error = "IndentationError": syntax_error;
    tab_error = "TabError": indentation_error;
    type_error = "TypeError": exception;
    stop_async_iteration = "StopAsyncIteration": exception;
    value_error = "ValueError": exception;
    unicode_error = "UnicodeError": value_error;
    unicode_decode_error = "UnicodeDecodeError": unicode_error;
    unicode_encode_error = "UnicodeEncodeError": unicode_error;
    import_error = "ImportError": exception;
    module_not_found_error = "ModuleNotFoundError": import_error;
}
