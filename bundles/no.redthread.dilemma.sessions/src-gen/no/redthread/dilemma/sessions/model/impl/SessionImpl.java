/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.Matrix;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Phase;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.dilemma.sessions.model.SessionsPackage;

import no.redthread.model.plan.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.SessionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.SessionImpl#getScenarioId <em>Scenario Id</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.SessionImpl#getCaseObject <em>Case Object</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.SessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.SessionImpl#getFacilitator <em>Facilitator</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.SessionImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.SessionImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.SessionImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.SessionImpl#getMatrix <em>Matrix</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends IdentifiedImpl implements Session {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScenarioId() <em>Scenario Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioId()
	 * @generated
	 * @ordered
	 */
	protected static final String SCENARIO_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScenarioId() <em>Scenario Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioId()
	 * @generated
	 * @ordered
	 */
	protected String scenarioId = SCENARIO_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCaseObject() <em>Case Object</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseObject()
	 * @generated
	 * @ordered
	 */
	protected EObject caseObject;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFacilitator() <em>Facilitator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacilitator()
	 * @generated
	 * @ordered
	 */
	protected static final String FACILITATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFacilitator() <em>Facilitator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacilitator()
	 * @generated
	 * @ordered
	 */
	protected String facilitator = FACILITATOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> participants;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<Phase> phases;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getMatrix() <em>Matrix</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatrix()
	 * @generated
	 * @ordered
	 */
	protected Matrix matrix;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SessionsPackage.Literals.SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.SESSION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScenarioId() {
		return scenarioId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenarioId(String newScenarioId) {
		String oldScenarioId = scenarioId;
		scenarioId = newScenarioId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.SESSION__SCENARIO_ID, oldScenarioId, scenarioId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getCaseObject() {
		if (caseObject != null && caseObject.eIsProxy()) {
			InternalEObject oldCaseObject = (InternalEObject)caseObject;
			caseObject = eResolveProxy(oldCaseObject);
			if (caseObject != oldCaseObject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SessionsPackage.SESSION__CASE_OBJECT, oldCaseObject, caseObject));
			}
		}
		return caseObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EObject basicGetCaseObject() {
		return caseObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseObject(EObject newCaseObject) {
		EObject oldCaseObject = caseObject;
		caseObject = newCaseObject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.SESSION__CASE_OBJECT, oldCaseObject, caseObject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.SESSION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFacilitator() {
		return facilitator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacilitator(String newFacilitator) {
		String oldFacilitator = facilitator;
		facilitator = newFacilitator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.SESSION__FACILITATOR, oldFacilitator, facilitator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getParticipants() {
		if (participants == null) {
			participants = new EObjectContainmentEList<Participant>(Participant.class, this, SessionsPackage.SESSION__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phase> getPhases() {
		if (phases == null) {
			phases = new EObjectContainmentEList<Phase>(Phase.class, this, SessionsPackage.SESSION__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, SessionsPackage.SESSION__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Matrix getMatrix() {
		return matrix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMatrix(Matrix newMatrix, NotificationChain msgs) {
		Matrix oldMatrix = matrix;
		matrix = newMatrix;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SessionsPackage.SESSION__MATRIX, oldMatrix, newMatrix);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMatrix(Matrix newMatrix) {
		if (newMatrix != matrix) {
			NotificationChain msgs = null;
			if (matrix != null)
				msgs = ((InternalEObject)matrix).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SessionsPackage.SESSION__MATRIX, null, msgs);
			if (newMatrix != null)
				msgs = ((InternalEObject)newMatrix).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SessionsPackage.SESSION__MATRIX, null, msgs);
			msgs = basicSetMatrix(newMatrix, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.SESSION__MATRIX, newMatrix, newMatrix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SessionsPackage.SESSION__PARTICIPANTS:
				return ((InternalEList<?>)getParticipants()).basicRemove(otherEnd, msgs);
			case SessionsPackage.SESSION__PHASES:
				return ((InternalEList<?>)getPhases()).basicRemove(otherEnd, msgs);
			case SessionsPackage.SESSION__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case SessionsPackage.SESSION__MATRIX:
				return basicSetMatrix(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SessionsPackage.SESSION__TITLE:
				return getTitle();
			case SessionsPackage.SESSION__SCENARIO_ID:
				return getScenarioId();
			case SessionsPackage.SESSION__CASE_OBJECT:
				if (resolve) return getCaseObject();
				return basicGetCaseObject();
			case SessionsPackage.SESSION__DATE:
				return getDate();
			case SessionsPackage.SESSION__FACILITATOR:
				return getFacilitator();
			case SessionsPackage.SESSION__PARTICIPANTS:
				return getParticipants();
			case SessionsPackage.SESSION__PHASES:
				return getPhases();
			case SessionsPackage.SESSION__FINDINGS:
				return getFindings();
			case SessionsPackage.SESSION__MATRIX:
				return getMatrix();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SessionsPackage.SESSION__TITLE:
				setTitle((String)newValue);
				return;
			case SessionsPackage.SESSION__SCENARIO_ID:
				setScenarioId((String)newValue);
				return;
			case SessionsPackage.SESSION__CASE_OBJECT:
				setCaseObject((EObject)newValue);
				return;
			case SessionsPackage.SESSION__DATE:
				setDate((LocalDate)newValue);
				return;
			case SessionsPackage.SESSION__FACILITATOR:
				setFacilitator((String)newValue);
				return;
			case SessionsPackage.SESSION__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Participant>)newValue);
				return;
			case SessionsPackage.SESSION__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends Phase>)newValue);
				return;
			case SessionsPackage.SESSION__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case SessionsPackage.SESSION__MATRIX:
				setMatrix((Matrix)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SessionsPackage.SESSION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SessionsPackage.SESSION__SCENARIO_ID:
				setScenarioId(SCENARIO_ID_EDEFAULT);
				return;
			case SessionsPackage.SESSION__CASE_OBJECT:
				setCaseObject((EObject)null);
				return;
			case SessionsPackage.SESSION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SessionsPackage.SESSION__FACILITATOR:
				setFacilitator(FACILITATOR_EDEFAULT);
				return;
			case SessionsPackage.SESSION__PARTICIPANTS:
				getParticipants().clear();
				return;
			case SessionsPackage.SESSION__PHASES:
				getPhases().clear();
				return;
			case SessionsPackage.SESSION__FINDINGS:
				getFindings().clear();
				return;
			case SessionsPackage.SESSION__MATRIX:
				setMatrix((Matrix)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SessionsPackage.SESSION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SessionsPackage.SESSION__SCENARIO_ID:
				return SCENARIO_ID_EDEFAULT == null ? scenarioId != null : !SCENARIO_ID_EDEFAULT.equals(scenarioId);
			case SessionsPackage.SESSION__CASE_OBJECT:
				return caseObject != null;
			case SessionsPackage.SESSION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SessionsPackage.SESSION__FACILITATOR:
				return FACILITATOR_EDEFAULT == null ? facilitator != null : !FACILITATOR_EDEFAULT.equals(facilitator);
			case SessionsPackage.SESSION__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case SessionsPackage.SESSION__PHASES:
				return phases != null && !phases.isEmpty();
			case SessionsPackage.SESSION__FINDINGS:
				return findings != null && !findings.isEmpty();
			case SessionsPackage.SESSION__MATRIX:
				return matrix != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", scenarioId: ");
		result.append(scenarioId);
		result.append(", date: ");
		result.append(date);
		result.append(", facilitator: ");
		result.append(facilitator);
		result.append(')');
		return result.toString();
	}

} //SessionImpl
